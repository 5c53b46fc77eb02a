// The headers the production build is served with (`npm start`, `vite preview`; docs/security.md has static hosts).
// The policy is the one in index.html plus what only a header can say (frame-ancestors).
import { readFileSync } from 'node:fs';

export function securityHeaders(indexHtml = readFileSync(new URL('../index.html', import.meta.url), 'utf8')) {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1];
  if (!meta) throw new Error('index.html has no Content-Security-Policy meta tag');
  return {
    'Content-Security-Policy': `${meta}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}
