import { deflateSync, Inflate, strToU8, strFromU8 } from 'fflate';
import { readCase, type SharedCase, type CaseReadResult } from './caseFile.ts';

/** Links longer than this are refused (chat apps and some browsers cut long URLs); a file is offered instead. */
export const MAX_LINK_FRAGMENT = 32_000;
export const SHARE_PREFIX = '#case=';
/** A link that decodes to more than this is refused (a small link can inflate to gigabytes: a decompression bomb). */
export const MAX_DECODED_BYTES = 2_000_000;
/** Links carrying more candidates or characters than this are refused before anything is loaded. */
export const MAX_LINK_CANDIDATES = 100;
export const MAX_LINK_CHARACTERS = 1_000_000;
/** The fragment itself: twice what this app ever writes. */
const MAX_FRAGMENT_READ = 2 * MAX_LINK_FRAGMENT;
/** Input is fed in small pieces so that one piece can inflate to at most ~1 MB before the cap is checked. */
const INFLATE_CHUNK = 1024;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export type EncodeResult = { ok: true; fragment: string } | { ok: false; length: number; limit: number };

/** The case compressed into a URL fragment: the fragment never reaches any server. */
export function encodeCaseFragment(c: SharedCase): EncodeResult {
  const fragment = SHARE_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(c)), { level: 9 }));
  return fragment.length <= MAX_LINK_FRAGMENT ? { ok: true, fragment } : { ok: false, length: fragment.length, limit: MAX_LINK_FRAGMENT };
}

export function isCaseFragment(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'damaged' };

/** Inflates at most `limit` bytes, stopping as soon as the output passes it. */
export function inflateCapped(input: Uint8Array, limit: number, onProgress?: (bytesOut: number) => void): Inflated {
  const parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    onProgress?.(size);
    if (size > limit) over = true;
    else parts.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < input.length && !over; i += INFLATE_CHUNK) {
      inflater.push(input.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= input.length);
    }
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (over) return { ok: false, reason: 'too-large' };
  if (!ended) return { ok: false, reason: 'damaged' };
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return { ok: true, bytes: out };
}

const DAMAGED = 'This share link is damaged (it may have been cut off when copied). Ask for the link again, or for the case as a file.';
const mb = (n: number) => `${(n / 1_000_000).toLocaleString('en')} MB`;

export function decodeCaseFragment(hash: string): CaseReadResult {
  if (!isCaseFragment(hash)) return { ok: false, error: 'This link holds no case.' };
  const body = hash.slice(SHARE_PREFIX.length);
  if (body.length > MAX_FRAGMENT_READ) {
    return { ok: false, error: `This share link is too long (${hash.length.toLocaleString('en')} characters; links made by this app have at most ${MAX_LINK_FRAGMENT.toLocaleString('en')}). Nothing was loaded: ask for the case as a file.` };
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(body);
  } catch {
    return { ok: false, error: DAMAGED };
  }
  const inflated = inflateCapped(bytes, MAX_DECODED_BYTES);
  if (!inflated.ok) {
    return {
      ok: false,
      error:
        inflated.reason === 'too-large'
          ? `This share link unpacks to more than ${mb(MAX_DECODED_BYTES)}, the limit for a link. Nothing was loaded: ask for the case as a file.`
          : DAMAGED,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(inflated.bytes));
  } catch {
    return { ok: false, error: 'This share link is damaged: its content is not valid JSON.' };
  }
  const read = readCase(data);
  if (!read.ok) return read;
  const c = read.value;
  if (c.responses.length > MAX_LINK_CANDIDATES) {
    return { ok: false, error: `This share link has ${c.responses.length.toLocaleString('en')} candidates; a link may carry at most ${MAX_LINK_CANDIDATES}. Nothing was loaded: ask for the case as a file.` };
  }
  const chars = c.principle.length + c.prompt.length + c.responses.reduce((n, r) => n + r.name.length + r.text.length, 0);
  if (chars > MAX_LINK_CHARACTERS) {
    return { ok: false, error: `This share link holds ${chars.toLocaleString('en')} characters of text; a link may carry at most ${MAX_LINK_CHARACTERS.toLocaleString('en')}. Nothing was loaded: ask for the case as a file.` };
  }
  return read;
}
