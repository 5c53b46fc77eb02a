/**
 * Where a server runs, in words that do not name it (for labels that get copied and shared): on this machine, on the
 * local network, or remote. The URL itself (host, port, path) never appears.
 */
export function serverKind(baseUrl: string): string {
  const label = 'OpenAI-compatible server';
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return label;
  }
  if (isLoopback(host)) return `${label} on this machine`;
  if (isLocalNetwork(host)) return `${label} on the local network`;
  return `${label} (remote)`;
}

const isLoopback = (h: string) => h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\./.test(h);

function isLocalNetwork(h: string): boolean {
  if (/^10\./.test(h) || /^192\.168\./.test(h) || /^169\.254\./.test(h) || /^172\.(1[6-9]|2\d|3[01])\./.test(h)) return true;
  if (/^f[cd][0-9a-f]{2}:/.test(h) || /^fe80:/.test(h)) return true;
  // A name without a dot, or under a suffix only local resolvers answer.
  if (!h.includes('.') && !h.includes(':')) return true;
  return /\.(local|lan|internal|home\.arpa)$/.test(h);
}
