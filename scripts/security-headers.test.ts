import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.mjs';

describe('security headers', () => {
  const h = securityHeaders();
  it('serve the policy of index.html, forbidding framing', () => {
    expect(h['Content-Security-Policy']).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';.*; frame-ancestors 'none'$/);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
  });
  it('are the ones docs/security.md tells static hosts to send', () => {
    const doc = readFileSync(new URL('../docs/security.md', import.meta.url), 'utf8');
    expect(doc).toContain(`Content-Security-Policy: ${h['Content-Security-Policy']}`);
    expect(doc).toContain(`add_header Content-Security-Policy "${h['Content-Security-Policy']}" always;`);
  });
});
