import { readSuite, type Suite, type SuiteReadProblem } from '../../core/index.ts';
import { db } from './db.ts';

/** Every stored suite, each read through its schema (a broken case is dropped and listed, never thrown). */
export async function listSuites(): Promise<{ suites: Suite[]; problems: SuiteReadProblem[] }> {
  const all = await (await db()).getAll('suites');
  const suites: Suite[] = [];
  const problems: SuiteReadProblem[] = [];
  for (const raw of all) {
    const r = readSuite(raw);
    if (r.suite) suites.push(r.suite);
    problems.push(...r.problems);
  }
  return { suites, problems };
}

export async function putSuite(s: Suite): Promise<void> {
  await (await db()).put('suites', structuredClone(s), s.principleId);
}
