/** The personal principle library as a file: export, and import that keeps the valid entries of a broken file. */
export interface LibraryPrinciple {
  id: string;
  name: string;
  tags: string[];
  text: string;
  createdAt: number;
  updatedAt: number;
  versions: Array<{ text: string; savedAt: number; note?: string }>;
}

export interface LibraryFile {
  kind: 'rewardanything-library';
  version: 1;
  exportedAt: number;
  principles: LibraryPrinciple[];
}

export function libraryFile(principles: LibraryPrinciple[], now = Date.now()): LibraryFile {
  return { kind: 'rewardanything-library', version: 1, exportedAt: now, principles };
}

export interface LibraryImport {
  principles: LibraryPrinciple[];
  errors: Array<{ where: string; message: string }>;
}

const isStr = (v: unknown): v is string => typeof v === 'string';

export function readLibraryFile(data: unknown, now = Date.now()): LibraryImport {
  const errors: LibraryImport['errors'] = [];
  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (data && typeof data === 'object' && (data as { kind?: unknown }).kind === 'rewardanything-library') list = (data as { principles?: unknown }).principles;
  else return { principles: [], errors: [{ where: 'file', message: 'Not a principle library: expected {"kind": "rewardanything-library", …} or an array of principles.' }] };
  if (!Array.isArray(list)) return { principles: [], errors: [{ where: 'file', message: '"principles" is not a list.' }] };
  const principles: LibraryPrinciple[] = [];
  list.forEach((raw, i) => {
    const where = `principle ${i + 1}`;
    if (!raw || typeof raw !== 'object') return errors.push({ where, message: 'not an object' });
    const o = raw as Record<string, unknown>;
    const text = isStr(o.text) ? o.text : isStr(o.principle) ? o.principle : null;
    if (text === null || !text.trim()) return errors.push({ where, message: 'has no "text"' });
    const name = isStr(o.name) && o.name.trim() ? o.name : text.trim().slice(0, 40);
    const tags = Array.isArray(o.tags) ? o.tags.filter(isStr) : [];
    const versions = Array.isArray(o.versions)
      ? o.versions.filter((v): v is { text: string; savedAt: number; note?: string } => !!v && typeof v === 'object' && isStr((v as { text?: unknown }).text)).map((v) => ({ text: v.text, savedAt: typeof v.savedAt === 'number' ? v.savedAt : now, ...(isStr(v.note) ? { note: v.note } : {}) }))
      : [];
    if (versions.length === 0 || versions[versions.length - 1]!.text !== text) versions.push({ text, savedAt: now });
    principles.push({
      id: isStr(o.id) && o.id ? o.id : `imported-${now}-${i}`,
      name,
      tags,
      text,
      createdAt: typeof o.createdAt === 'number' ? o.createdAt : now,
      updatedAt: typeof o.updatedAt === 'number' ? o.updatedAt : now,
      versions,
    });
  });
  return { principles, errors };
}
