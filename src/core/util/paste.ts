/** Many candidates pasted at once: a JSON array, a JSON object, JSONL, or text split by a separator line. */
export type PasteFormat = 'auto' | 'json-array' | 'json-object' | 'jsonl' | 'separator';

export interface PastedCandidate {
  name: string | null;
  text: string;
}

export interface PasteResult {
  format: Exclude<PasteFormat, 'auto'>;
  candidates: PastedCandidate[];
  problems: string[];
}

const TEXT_KEYS = ['text', 'response', 'content', 'output', 'answer', 'completion'];
const NAME_KEYS = ['name', 'id', 'model', 'label'];

function fromValue(v: unknown, where: string, problems: string[]): PastedCandidate | null {
  if (typeof v === 'string') return { name: null, text: v };
  if (typeof v === 'number' || typeof v === 'boolean') return { name: null, text: String(v) };
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const textKey = TEXT_KEYS.find((k) => typeof o[k] === 'string');
    if (!textKey) {
      problems.push(`${where}: no text field (expected one of ${TEXT_KEYS.join(', ')}); skipped.`);
      return null;
    }
    const nameKey = NAME_KEYS.find((k) => typeof o[k] === 'string' || typeof o[k] === 'number');
    return { name: nameKey ? String(o[nameKey]) : null, text: o[textKey] as string };
  }
  problems.push(`${where}: not text or an object; skipped.`);
  return null;
}

/** A separator line: ---, ===, *** (3 or more) or a line "### Name" that also names the next candidate. */
const SEPARATOR = /^\s*(-{3,}|={3,}|\*{3,})\s*$/;
const HEADING = /^#{2,3}\s+(.+?)\s*$/;

function splitBySeparator(text: string): PastedCandidate[] {
  const out: PastedCandidate[] = [];
  let name: string | null = null;
  let buf: string[] = [];
  const push = () => {
    const body = buf.join('\n').trim();
    if (body) out.push({ name, text: body });
    buf = [];
    name = null;
  };
  for (const line of text.split(/\r?\n/)) {
    if (SEPARATOR.test(line)) {
      push();
      continue;
    }
    const h = HEADING.exec(line);
    if (h && buf.join('').trim() === '') {
      name = h[1] ?? null;
      continue;
    }
    buf.push(line);
  }
  push();
  return out;
}

/** JSON Lines: every line starts like JSON, or most lines (two at least) are JSON objects, so a bad line is reported, not merged. */
function looksLikeJsonl(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (lines.every((l) => /^\s*[[{"]/.test(l))) return true;
  const objects = lines.filter((l) => /^\s*\{.*\}\s*$/.test(l)).length;
  return objects >= 2 && objects * 2 > lines.length;
}

/** Where JSON.parse stopped, as "line L, column C" (from the position in its message), and what it expected. */
export function describeJsonError(text: string): string {
  try {
    JSON.parse(text);
    return 'valid JSON';
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const what = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    const at = /position (\d+)/.exec(message);
    if (!at) return what;
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `${what} at line ${line}, column ${column}`;
  }
}

/** A paste that opens a JSON array over several lines (or is one broken line of one): not JSON Lines. */
function looksLikeJsonArray(text: string): boolean {
  if (!text.startsWith('[')) return false;
  const first = text.split(/\r?\n/, 1)[0]!;
  try {
    JSON.parse(first);
    return false;
  } catch {
    return true;
  }
}

export function parseCandidatePaste(text: string, format: PasteFormat = 'auto'): PasteResult {
  const problems: string[] = [];
  const trimmed = text.trim();
  if (!trimmed) return { format: format === 'auto' ? 'separator' : format, candidates: [], problems: ['Nothing to paste: the text is empty.'] };
  const tryJson = (): unknown => {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return undefined;
    }
  };
  let fmt = format;
  let parsed: unknown;
  if (fmt === 'auto') {
    parsed = tryJson();
    if (Array.isArray(parsed)) fmt = 'json-array';
    else if (parsed && typeof parsed === 'object') fmt = 'json-object';
    else if (parsed === undefined && looksLikeJsonArray(trimmed))
      return { format: 'json-array', candidates: [], problems: [`This is a JSON array with an error: ${describeJsonError(trimmed)}. Fix it there, or pick another format.`] };
    else if (looksLikeJsonl(trimmed)) fmt = 'jsonl';
    else fmt = 'separator';
  } else if (fmt === 'json-array' || fmt === 'json-object') {
    parsed = tryJson();
    if (parsed === undefined) return { format: fmt, candidates: [], problems: [`This is not valid JSON: ${describeJsonError(trimmed)}.`] };
  }
  const candidates: PastedCandidate[] = [];
  if (fmt === 'json-array') {
    if (!Array.isArray(parsed)) return { format: fmt, candidates, problems: ['Expected a JSON array.'] };
    parsed.forEach((v, i) => {
      const c = fromValue(v, `Item ${i + 1}`, problems);
      if (c) candidates.push(c);
    });
  } else if (fmt === 'json-object') {
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { format: fmt, candidates, problems: ['Expected a JSON object of name → text.'] };
    const o = parsed as Record<string, unknown>;
    const inner = ['responses', 'candidates'].map((k) => o[k]).find((v) => v && typeof v === 'object');
    if (inner) return parseCandidatePaste(JSON.stringify(inner), Array.isArray(inner) ? 'json-array' : 'json-object');
    // Note: JSON.parse puts integer-like keys first; names like "1", "2" keep numeric order, which is what users mean.
    for (const [k, v] of Object.entries(o)) {
      const c = fromValue(v, `Key "${k}"`, problems);
      if (c) candidates.push({ name: c.name ?? k, text: c.text });
    }
  } else if (fmt === 'jsonl') {
    trimmed.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const c = fromValue(JSON.parse(line) as unknown, `Line ${i + 1}`, problems);
        if (c) candidates.push(c);
      } catch {
        problems.push(`Line ${i + 1}: not valid JSON; skipped.`);
      }
    });
  } else {
    candidates.push(...splitBySeparator(text));
    if (candidates.length === 1) problems.push('Only one candidate found: separate candidates with a line of --- (or ===, ***).');
  }
  return { format: fmt, candidates, problems };
}
