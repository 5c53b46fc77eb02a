/** Advice texts that depend on where the app runs. */

/** The app's own origin when running in a page or worker; null elsewhere (Node). */
export function appOrigin(): string | null {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === 'string' && origin !== 'null' ? origin : null;
}

const SERVER_URLS = 'vLLM http://host:8000/v1, Ollama http://host:11434/v1, llama.cpp http://host:8080/v1, LM Studio http://host:1234/v1';

export const BASE_URL_ADVICE = `Use the server's OpenAI-compatible base URL, which usually ends in /v1: ${SERVER_URLS}.`;

export function corsAdvice(origin: string | null): string {
  const o = origin ?? "this page's origin";
  return (
    `Allow ${o} in the server's settings and restart it. vLLM: --allowed-origins '["${o}"]'; ` +
    `Ollama: set OLLAMA_ORIGINS=${o}; llama.cpp server: CORS is on by default, so check --host and any proxy in front of it; ` +
    'LM Studio: turn on “Enable CORS” in the server settings.'
  );
}

const isLoopback = (host: string) => host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\./.test(host);

export function unreachableAdvice(url: string): string {
  let advice =
    'Is the server running, and are the host and port right (vLLM listens on 8000, Ollama on 11434, llama.cpp on 8080, ' +
    'LM Studio on 1234)? A server on another machine must listen on all interfaces (e.g. --host 0.0.0.0).';
  const pageProtocol = (globalThis as { location?: { protocol?: unknown } }).location?.protocol;
  try {
    const target = new URL(url);
    if (pageProtocol === 'https:' && target.protocol === 'http:' && !isLoopback(target.hostname)) {
      advice += ' This page is served over https, and browsers block plain-http servers other than localhost: serve the API over https.';
    }
  } catch {
    // the URL was validated before any request; nothing to add
  }
  return advice;
}
