import { JudgeInputInvalid, type EngineRef, type JudgmentRecord, type Suite, type SuiteRun, type SuiteRunResult } from '../../core/index.ts';
import type { JudgeEngine, Sampling } from '../../engine/types.ts';
import { runJudgment, type JudgeConstraint } from '../judge/runJudgment.ts';

/** Errors that would fail every case alike (no model, no server): the run pauses with it and resumes later. */
const STOPS_THE_RUN = new Set([
  'not-loaded', 'worker-crashed', 'device-lost', 'out-of-memory', 'webgpu-missing', 'shader-f16-missing',
  'model-library', 'bad-config', 'unreachable', 'cors', 'unauthorized', 'unknown-model', 'network', 'busy',
]);

export interface SuiteCasesOptions {
  engine: JudgeEngine;
  engineRef: EngineRef;
  mask: boolean;
  sampling: Sampling;
  constraint?: JudgeConstraint;
  /** Cases judged at once (a server serves several; the browser engine one). */
  concurrency: number;
  signal: AbortSignal;
  /** Stores the run; called after every case, in order. A failure stops the run (the error is thrown). */
  save(run: SuiteRun): Promise<void>;
  /** The case now judged (null: none). */
  onCase?(caseIds: string[]): void;
}

function resultOf(caseId: string, record: JudgmentRecord): SuiteRunResult {
  const scores = record.parsed?.scores ?? [];
  if (scores.length > 0) return { caseId, scores: scores.map(([n, s]) => [n, s] as [string, number]) };
  const problem = record.error?.message ?? (record.raw ? 'The model’s answer holds no scores that could be read.' : 'The model gave no output.');
  return { caseId, scores: null, problem };
}

/**
 * Judges the given cases of `suite` with the run's principle text, each result stored as it lands (so a reload only
 * loses the cases in flight). Resolves with the run as it stands: `done` when no case is left, else `paused` (a
 * pause, or an error that stops every case, kept in `lastError`).
 */
export async function runSuiteCases(start: SuiteRun, suite: Suite, caseIds: readonly string[], o: SuiteCasesOptions): Promise<SuiteRun> {
  let run: SuiteRun = { ...start, status: 'running', lastError: null, updatedAt: Date.now(), engine: { kind: o.engineRef.kind, modelId: o.engineRef.modelId } };
  await o.save(run);
  const queue = caseIds.filter((id) => suite.cases.some((c) => c.id === id));
  const inFlight = new Set<string>();
  let stopped: string | null = null;
  let writes: Promise<void> = Promise.resolve();

  const judgeOne = async (caseId: string): Promise<void> => {
    const c = suite.cases.find((x) => x.id === caseId)!;
    const input = { principle: run.principleText, prompt: c.prompt, responses: c.candidates.map((x) => ({ name: x.name, text: x.text })) };
    let result: SuiteRunResult;
    try {
      const record = await runJudgment({ engine: o.engine, engineRef: o.engineRef, input, mask: o.mask, sampling: o.sampling, constraint: o.constraint, signal: o.signal, persist: false });
      if (o.signal.aborted) return;
      if (record.error && !record.raw && STOPS_THE_RUN.has(record.error.kind)) {
        stopped ??= `${record.error.message} ${record.error.advice}`.trim();
        return;
      }
      result = resultOf(caseId, record);
    } catch (e) {
      if (!(e instanceof JudgeInputInvalid)) throw e;
      result = { caseId, scores: null, problem: `The case cannot be judged as it is: ${e.message}` };
    }
    const previous = writes;
    writes = (async () => {
      await previous;
      run = { ...run, results: [...run.results.filter((r) => r.caseId !== caseId), result], updatedAt: Date.now() };
      await o.save(run);
    })();
    await writes;
  };

  const worker = async () => {
    while (!o.signal.aborted && stopped === null) {
      const next = queue.shift();
      if (next === undefined) return;
      inFlight.add(next);
      o.onCase?.([...inFlight]);
      try {
        await judgeOne(next);
      } finally {
        inFlight.delete(next);
        o.onCase?.([...inFlight]);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, queue.length)) }, worker));
  await writes;
  const left = suite.cases.some((c) => !run.results.some((r) => r.caseId === c.id));
  run = { ...run, status: left ? 'paused' : 'done', lastError: stopped, updatedAt: Date.now() };
  await o.save(run);
  return run;
}
