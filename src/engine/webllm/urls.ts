/** Checks a URL the user typed for a model folder or library before anything is fetched. */
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(raw: string): URL | string {
  const s = raw.trim();
  if (!s) return 'The URL is empty.';
  if (/\s/.test(s)) return 'The URL contains spaces.';
  try {
    return new URL(s);
  } catch {
    return `"${s}" is not a URL. It should start with https://`;
  }
}

function checkScheme(u: URL): string | null {
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && LOOPBACK.has(u.hostname)) return null;
  if (u.protocol === 'http:') return 'Plain http is only allowed for localhost; use https:// for other hosts.';
  return `The scheme ${u.protocol} is not supported; use https:// (or http://localhost for your own machine).`;
}

/** A folder holding mlc-chat-config.json, tensor-cache.json and the weight shards (a Hugging Face repo URL works). */
export function checkWeightsUrl(raw: string): UrlCheck {
  const u = parse(raw);
  if (typeof u === 'string') return { ok: false, reason: u };
  const scheme = checkScheme(u);
  if (scheme) return { ok: false, reason: scheme };
  if (/\.(json|bin|wasm|safetensors)$/i.test(u.pathname)) {
    return { ok: false, reason: 'Give the folder that holds the model files, not a single file (drop the file name at the end).' };
  }
  if (u.hostname === 'huggingface.co' && /\/(blob|tree)\//.test(u.pathname)) {
    return { ok: false, reason: 'Use the repository URL (https://huggingface.co/<owner>/<repo>), not a /blob/ or /tree/ page.' };
  }
  if (u.hostname === 'huggingface.co' && u.pathname.split('/').filter(Boolean).length < 2) {
    return { ok: false, reason: 'A Hugging Face model URL has an owner and a name: https://huggingface.co/<owner>/<repo>.' };
  }
  return { ok: true, url: u.href.replace(/\/+$/, '') };
}

/** A compiled WebLLM model library (.wasm). */
export function checkModelLibUrl(raw: string): UrlCheck {
  const u = parse(raw);
  if (typeof u === 'string') return { ok: false, reason: u };
  const scheme = checkScheme(u);
  if (scheme) return { ok: false, reason: scheme };
  if (!u.pathname.endsWith('.wasm')) return { ok: false, reason: 'A model library is a .wasm file; this URL does not end in .wasm.' };
  if (u.hostname === 'github.com') {
    return { ok: false, reason: 'github.com pages are HTML; use the raw file URL (https://raw.githubusercontent.com/…).' };
  }
  return { ok: true, url: u.href };
}

export function checkModelId(raw: string, taken: string[]): { ok: true } | { ok: false; reason: string } {
  const s = raw.trim();
  if (!s) return { ok: false, reason: 'Give the model an id.' };
  if (!/^[A-Za-z0-9._-]+$/.test(s)) return { ok: false, reason: 'Use letters, digits, dot, dash and underscore only.' };
  if (taken.includes(s)) return { ok: false, reason: `The id "${s}" is already in the catalog.` };
  return { ok: true };
}
