/** Pulls a human-readable message out of an error body, whatever server sent it. */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ServerMessage {
  /** The message, or '' when there was none. */
  message: string;
  /** OpenAI-style `code`, when present ('model_not_found', 'invalid_api_key', …). */
  code: string | null;
  /** True when the body was an HTML page (a web UI or proxy page rather than the API). */
  html: boolean;
}

const looksLikeHtml = (text: string) => /^\s*(<!doctype html|<html|<head|<body)/i.test(text);

function fromJson(json: unknown): { message: string; code: string | null } {
  if (!isRecord(json)) return { message: '', code: null };
  const err = json.error;
  // OpenAI, llama.cpp, Ollama: {error: {message, code}}; older Ollama: {error: "…"}
  if (isRecord(err)) {
    const code = typeof err.code === 'string' ? err.code : null;
    return { message: typeof err.message === 'string' ? err.message : '', code };
  }
  if (typeof err === 'string') return { message: err, code: null };
  // vLLM: {object: 'error', message, code}; FastAPI: {detail: '…'} or {detail: [{msg}]}
  if (typeof json.message === 'string') return { message: json.message, code: typeof json.code === 'string' ? json.code : null };
  if (typeof json.detail === 'string') return { message: json.detail, code: null };
  if (Array.isArray(json.detail)) {
    const msgs = json.detail.map((d) => (isRecord(d) && typeof d.msg === 'string' ? d.msg : '')).filter((m) => m !== '');
    return { message: msgs.join('; '), code: null };
  }
  return { message: '', code: null };
}

export function readServerMessage(body: string): ServerMessage {
  if (looksLikeHtml(body)) return { message: '', code: null, html: true };
  try {
    return { ...fromJson(JSON.parse(body)), html: false };
  } catch {
    const text = body.trim().replace(/\s+/g, ' ');
    return { message: text.length > 300 ? `${text.slice(0, 300)}…` : text, code: null, html: false };
  }
}

/** Reads a response body as text without ever throwing (an unreadable body gives ''). */
export async function readTextSafely(res: Response): Promise<string> {
  try {
    return await res.text();
  } catch {
    return '';
  }
}
