import { deflateSync, inflateSync, strToU8, strFromU8 } from 'fflate';
import { readCase, type SharedCase, type CaseReadResult } from './caseFile.ts';

/** Links longer than this are refused (chat apps and some browsers cut long URLs); a file is offered instead. */
export const MAX_LINK_FRAGMENT = 32_000;
export const SHARE_PREFIX = '#case=';

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

export function decodeCaseFragment(hash: string): CaseReadResult {
  if (!isCaseFragment(hash)) return { ok: false, error: 'This link holds no case.' };
  let text: string;
  try {
    text = strFromU8(inflateSync(fromBase64Url(hash.slice(SHARE_PREFIX.length))));
  } catch {
    return { ok: false, error: 'This share link is damaged (it may have been cut off when copied). Ask for the link again, or for the case as a file.' };
  }
  try {
    return readCase(JSON.parse(text));
  } catch {
    return { ok: false, error: 'This share link is damaged: its content is not valid JSON.' };
  }
}
