// A dataset URL the user pasted, and what a failed download of it means: words for the user, with what to do.

export interface DatasetUrl {
  url: string;
  /** File name for format and RM-Bench domain detection (the last path segment). */
  name: string;
  /** Set when the URL was rewritten (a Hugging Face "blob" page → its "resolve" download URL). */
  note: string | null;
}

/** The URL to fetch and the file name; Hugging Face page links are turned into download links. */
export function normalizeDatasetUrl(input: string): DatasetUrl {
  const trimmed = input.trim();
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    throw new DatasetFetchError('bad-url', `“${trimmed}” is not a URL.`, 'Paste a full address starting with https://.');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    throw new DatasetFetchError('bad-url', `Only http(s) URLs can be loaded, not ${u.protocol}`, 'Paste a full address starting with https://.');
  }
  let note: string | null = null;
  if (u.hostname === 'huggingface.co' && /\/blob\//.test(u.pathname)) {
    u.pathname = u.pathname.replace('/blob/', '/resolve/');
    note = 'Hugging Face page link turned into its download link (/blob/ → /resolve/).';
  }
  const name = decodeURIComponent(u.pathname.split('/').filter(Boolean).pop() ?? 'download');
  return { url: u.href, name, note };
}

export type FetchErrorKind = 'bad-url' | 'cors' | 'offline' | 'http' | 'aborted' | 'broken';

export class DatasetFetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly advice: string;
  constructor(kind: FetchErrorKind, message: string, advice: string) {
    super(message);
    this.name = 'DatasetFetchError';
    this.kind = kind;
    this.advice = advice;
  }
}

/**
 * What a failed fetch means. A browser reports a CORS refusal, a blocked address and an unreachable host alike,
 * as a TypeError: tell offline apart, and explain the CORS rule otherwise.
 */
export function explainFetchFailure(url: string, error: unknown, online: boolean): DatasetFetchError {
  if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError') {
    return new DatasetFetchError('aborted', 'Download cancelled.', 'Load it again when you are ready.');
  }
  if (!online) {
    return new DatasetFetchError('offline', 'This browser is offline, so the file could not be downloaded.', 'Connect to the network, or download the file and open it from disk.');
  }
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  const plainHttp = url.startsWith('http://') && !/^http:\/\/(localhost|127\.0\.0\.1)(:|\/)/.test(url);
  return new DatasetFetchError(
    'cors',
    `The browser could not read ${host}'s answer: the host did not allow this page to download the file (CORS), or it could not be reached.`,
    `The host must send Access-Control-Allow-Origin for a page on another site to read the file; Hugging Face dataset "resolve" URLs (https://huggingface.co/datasets/<org>/<name>/resolve/main/<file>) do, GitHub "raw" URLs do too.${plainHttp ? ' Plain http:// addresses other than localhost are blocked here: use https://.' : ''} Otherwise download the file and open it from disk.`,
  );
}
