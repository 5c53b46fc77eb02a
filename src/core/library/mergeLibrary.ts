import type { SavedPrinciple } from '../records/judgmentRecord.ts';

type Version = SavedPrinciple['versions'][number];

/** What an import did, principle by principle, for the user to read. Nothing existing is ever overwritten. */
export interface LibraryMergeReport {
  added: string[];
  /** Same principle (same id): the file had versions this library did not. */
  updated: Array<{ name: string; versionsAdded: number }>;
  /** Every version in the file was already here. */
  unchanged: string[];
  /** Histories that disagree, and how both were kept. */
  conflicts: Array<{ name: string; resolution: string }>;
}

export interface LibraryMerge {
  /** The records to write (new or grown); untouched ones are not listed. */
  writes: SavedPrinciple[];
  report: LibraryMergeReport;
}

/** A version is the same version when its text and its save time are (an export keeps both). */
const versionKey = (x: Version) => `${x.savedAt}\u0000${x.text}`;
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function unionVersions(mine: readonly Version[], theirs: readonly Version[]): Version[] {
  const seen = new Set(mine.map(versionKey));
  const added = theirs.filter((x) => !seen.has(versionKey(x)) && seen.add(versionKey(x)));
  // Stable sort: versions saved at the same moment keep their order, mine first.
  return [...mine, ...added].sort((a, b) => a.savedAt - b.savedAt);
}

function freeName(base: string, taken: readonly SavedPrinciple[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base} (imported)` : `${base} (imported ${n})`;
    if (!taken.some((p) => sameName(p.name, name))) return name;
  }
}

/**
 * Merges imported principles into a library. Versions are kept by content: one already present is not duplicated, a
 * new one is added, all ordered by save time (the principle's text is its latest version). A principle with the
 * same name but another history is kept beside the existing one under a new name.
 */
export function mergeLibrary(existing: readonly SavedPrinciple[], incoming: readonly SavedPrinciple[]): LibraryMerge {
  const lib = new Map(existing.map((p) => [p.id, p]));
  const writes = new Map<string, SavedPrinciple>();
  const report: LibraryMergeReport = { added: [], updated: [], unchanged: [], conflicts: [] };
  const put = (p: SavedPrinciple) => {
    lib.set(p.id, p);
    writes.set(p.id, p);
  };
  for (const inc of incoming) {
    const mine = lib.get(inc.id);
    if (!mine) {
      const named = [...lib.values()].find((p) => sameName(p.name, inc.name));
      if (!named) {
        put(inc);
        report.added.push(inc.name);
        continue;
      }
      if (unionVersions(named.versions, inc.versions).length === named.versions.length) {
        report.unchanged.push(named.name);
        continue;
      }
      const name = freeName(inc.name, [...lib.values()]);
      put({ ...inc, name });
      report.conflicts.push({ name: named.name, resolution: `another principle of this name with a different history; yours is unchanged, the file's was added as “${name}”` });
      continue;
    }
    const versions = unionVersions(mine.versions, inc.versions);
    const versionsAdded = versions.length - mine.versions.length;
    if (versionsAdded === 0) {
      report.unchanged.push(mine.name);
      continue;
    }
    const latest = versions[versions.length - 1]!;
    put({
      ...mine,
      tags: [...new Set([...mine.tags, ...inc.tags])],
      text: latest.text,
      updatedAt: Math.max(mine.updatedAt, inc.updatedAt),
      versions,
    });
    const seen = new Set(inc.versions.map(versionKey));
    const diverged = mine.versions.some((x) => !seen.has(versionKey(x)));
    if (diverged) report.conflicts.push({ name: mine.name, resolution: `the file and this library each have versions the other lacks; all ${versions.length} kept, ordered by date` });
    else report.updated.push({ name: mine.name, versionsAdded });
  }
  return { writes: [...writes.values()], report };
}

/** One line per kind of outcome, e.g. "2 added (A, B); 1 already here (C)". */
export function describeLibraryMerge(r: LibraryMergeReport): string[] {
  const list = (names: string[]) => names.map((n) => `“${n}”`).join(', ');
  const lines: string[] = [];
  if (r.added.length) lines.push(`${r.added.length} added: ${list(r.added)}`);
  if (r.updated.length) lines.push(`${r.updated.length} with new versions: ${r.updated.map((u) => `“${u.name}” (+${u.versionsAdded})`).join(', ')}`);
  if (r.unchanged.length) lines.push(`${r.unchanged.length} already here, unchanged: ${list(r.unchanged)}`);
  for (const c of r.conflicts) lines.push(`Conflict, “${c.name}”: ${c.resolution}`);
  return lines;
}
