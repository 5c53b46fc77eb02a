import { useMemo } from 'react';
import { marked } from 'marked';
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'del'];

/**
 * Untrusted text (model output, candidates, datasets) rendered as markdown, only after DOMPurify has removed
 * everything but plain formatting: no scripts, no event handlers, no images (no requests), no styles.
 */
export function sanitizeMarkdown(text: string): string {
  const html = marked.parse(text, { async: false, gfm: true, breaks: true }) as string;
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'title'], ALLOW_DATA_ATTR: false });
}

export function SafeMarkdown({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => sanitizeMarkdown(text), [text]);
  // The only HTML the app ever injects, and only after sanitizing.
  return <div className={`prose-sm markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
