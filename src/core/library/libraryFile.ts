import * as v from 'valibot';
import type { SavedPrinciple } from '../records/judgmentRecord.ts';
import { shortenAtWord } from '../util/shorten.ts';

/** The personal principle library as a file: export, and import that keeps the valid entries of a broken file. */
const VersionSchema = v.object({
  text: v.string(),
  savedAt: v.optional(v.pipe(v.number(), v.finite())),
  note: v.optional(v.string()),
});

/** One entry of an imported file: only `text` (or its alias `principle`) is required. */
const EntrySchema = v.looseObject({
  id: v.optional(v.string()),
  name: v.optional(v.string()),
  tags: v.optional(v.array(v.string())),
  text: v.optional(v.string()),
  principle: v.optional(v.string()),
  createdAt: v.optional(v.pipe(v.number(), v.finite())),
  updatedAt: v.optional(v.pipe(v.number(), v.finite())),
  versions: v.optional(v.array(VersionSchema)),
});

const FileSchema = v.union([v.array(v.unknown()), v.looseObject({ kind: v.literal('rewardanything-library'), principles: v.array(v.unknown()) })]);


export interface LibraryFile {
  kind: 'rewardanything-library';
  version: 1;
  exportedAt: number;
  principles: SavedPrinciple[];
}

export function libraryFile(principles: SavedPrinciple[], now = Date.now()): LibraryFile {
  return { kind: 'rewardanything-library', version: 1, exportedAt: now, principles };
}

export interface LibraryImport {
  principles: SavedPrinciple[];
  errors: Array<{ where: string; message: string }>;
}

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const i = issues[0]!;
  const path = v.getDotPath(i);
  return path ? `"${path}": ${i.message}` : i.message;
}

export function readLibraryFile(data: unknown, now = Date.now()): LibraryImport {
  const file = v.safeParse(FileSchema, data);
  if (!file.success) {
    const looksLikeLibrary = !!data && typeof data === 'object' && (data as { kind?: unknown }).kind === 'rewardanything-library';
    const message = looksLikeLibrary ? '"principles" is not a list.' : 'Not a principle library: expected {"kind": "rewardanything-library", …} or an array of principles.';
    return { principles: [], errors: [{ where: 'file', message }] };
  }
  const list = Array.isArray(file.output) ? file.output : file.output.principles;
  const errors: LibraryImport['errors'] = [];
  const principles: SavedPrinciple[] = [];
  list.forEach((raw, i) => {
    const where = `principle ${i + 1}`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return errors.push({ where, message: 'not an object' });
    const entry = v.safeParse(EntrySchema, raw);
    if (!entry.success) return errors.push({ where, message: issueText(entry.issues) });
    const o = entry.output;
    const text = o.text ?? o.principle;
    if (text === undefined || !text.trim()) return errors.push({ where, message: 'has no "text"' });
    const versions = (o.versions ?? []).map((x) => ({ text: x.text, savedAt: x.savedAt ?? now, ...(x.note !== undefined ? { note: x.note } : {}) }));
    if (versions.length === 0 || versions[versions.length - 1]!.text !== text) versions.push({ text, savedAt: o.updatedAt ?? now });
    principles.push({
      id: o.id || `imported-${now}-${i}`,
      name: o.name?.trim() ? o.name : shortenAtWord(text, 40),
      tags: o.tags ?? [],
      text,
      createdAt: o.createdAt ?? now,
      updatedAt: o.updatedAt ?? now,
      versions,
    });
  });
  return { principles, errors };
}
