import { EngineError } from '../errors.ts';

const EXAMPLES = 'e.g. http://127.0.0.1:8000/v1 (vLLM), http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:8080/v1 (llama.cpp), http://127.0.0.1:1234/v1 (LM Studio)';

const badConfig = (message: string, input: string) =>
  new EngineError('bad-config', message, `Enter the server's OpenAI-compatible base URL, ${EXAMPLES}.`, { call: 'config', url: input });

/** Endpoint suffixes a user may paste along with the base URL; they are cut off. */
const ENDPOINT_SUFFIX = /\/(chat\/completions|completions|models)\/?$/;

/**
 * Normalises a user-entered base URL to the form requests are built from: `scheme://host[:port]/path`, no trailing
 * slash. The API path is kept as given, except that an empty path becomes `/v1` and a pasted endpoint
 * (`…/v1/models`, `…/v1/chat/completions`) is cut back to its base. So 'http://host:8000', 'http://host:8000/' and
 * 'http://host:8000/v1' all give 'http://host:8000/v1', while a proxy path such as 'https://host/openai/v1' is left alone.
 * Throws EngineError 'bad-config' saying what is wrong.
 */
export function normalizeBaseUrl(input: string): string {
  const text = input.trim();
  if (text === '') throw badConfig('The server URL is empty.', input);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    const hint = /^[\w.-]+(:\d+)?(\/|$)/.test(text) ? ` Did you mean http://${text}?` : '';
    throw badConfig(`“${text}” is not a valid URL.${hint}`, input);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const hint = text.includes('://') ? '' : ` Did you mean http://${text}?`;
    throw badConfig(`The server URL must start with http:// or https:// (got “${text}”).${hint}`, input);
  }
  if (url.username !== '' || url.password !== '') {
    throw badConfig('The server URL must not contain a user name or password; put the API key in its own field.', input);
  }
  if (url.search !== '' || url.hash !== '') throw badConfig('The server URL must not contain “?” or “#” parts.', input);
  let path = url.pathname.replace(/\/+$/, '').replace(ENDPOINT_SUFFIX, '').replace(/\/+$/, '');
  if (path === '') path = '/v1';
  return `${url.protocol}//${url.host}${path}`;
}

/** The URL of an endpoint under a normalised base URL. */
export const endpointUrl = (base: string, endpoint: 'models' | 'chat/completions'): string => `${base}/${endpoint}`;

/**
 * Request headers for an optional API key. A pasted "Bearer " prefix is dropped; a key with characters that cannot
 * go in an HTTP header (fetch would fail in a way that looks like a network error) is refused with 'bad-config'.
 */
export function authHeaders(apiKey: string | undefined): Record<string, string> {
  const key = (apiKey ?? '').trim().replace(/^Bearer\s+/i, '');
  if (key === '') return {};
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new EngineError(
      'bad-config',
      'The API key contains spaces, curly quotes or other characters that cannot be sent in an HTTP header.',
      'Paste the key again as plain text (it usually looks like sk-… with letters, digits, - and _ only).',
      { call: 'config' },
    );
  }
  return { Authorization: `Bearer ${key}` };
}
