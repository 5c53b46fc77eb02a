import { readSuiteRun, type SuiteRun } from '../../core/index.ts';
import { db } from './db.ts';

// Suite runs live in the key-value store under `suite-run:<id>` (small records: one score list per case), so no
// new object store, and no database upgrade, is needed for them.
const PREFIX = 'suite-run:';
const range = () => IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`);

/** Every stored suite run, each read through its schema; the unreadable ones are listed, never thrown. */
export async function listSuiteRuns(): Promise<{ runs: SuiteRun[]; problems: string[] }> {
  const all = await (await db()).getAll('kv', range());
  const runs: SuiteRun[] = [];
  const problems: string[] = [];
  for (const raw of all) {
    const r = readSuiteRun(raw);
    if (r.run) runs.push(r.run);
    else problems.push(`A stored suite run could not be read (${r.problem}); it was left out.`);
  }
  return { runs, problems };
}

export async function putSuiteRun(run: SuiteRun): Promise<void> {
  await (await db()).put('kv', structuredClone(run), PREFIX + run.id);
}

export async function deleteSuiteRun(id: string): Promise<void> {
  await (await db()).delete('kv', PREFIX + id);
}
