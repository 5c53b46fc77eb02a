import { describe, expect, it } from 'vitest';
import type { Suite, SuiteRun } from '../../core/index.ts';
import { FAKE_ENGINE_REF, FakeEngine } from '../bench/fakes.testkit.ts';
import { runSuiteCases } from './runSuiteCases.ts';

const sampling = { temperature: 0, top_p: 1, max_tokens: 512, enable_thinking: true };
const kase = (id: string, prompt: string) => ({
  id,
  prompt,
  candidates: [{ name: 'model-1', text: 'one' }, { name: 'model-2', text: 'two' }],
  rankings: [{ rater: 'You', tiers: [['model-1'], ['model-2']] }],
});
const suite: Suite = { id: 's', principleId: 'p', cases: [kase('a', 'first'), kase('b', 'garbage'), kase('c', 'third')] };
const fresh = (): SuiteRun => ({ id: 'r', principleId: 'p', version: 0, principleText: 'Be right.', engine: { kind: 'openai', modelId: '' }, status: 'paused', results: [], createdAt: 1, updatedAt: 1 });

function options(engine: FakeEngine, saved: SuiteRun[], signal = new AbortController().signal) {
  return { engine, engineRef: FAKE_ENGINE_REF, mask: false, sampling, concurrency: 2, signal, save: async (r: SuiteRun) => void saved.push(structuredClone(r)) };
}

describe('runSuiteCases', () => {
  it('judges every case, storing each result as it lands; an answer without scores is kept as a failure with why', async () => {
    const saved: SuiteRun[] = [];
    const run = await runSuiteCases(fresh(), suite, ['a', 'b', 'c'], options(new FakeEngine(), saved));
    expect(run.status).toBe('done');
    expect(run.engine.modelId).toBe('fake');
    const byCase = new Map(run.results.map((r) => [r.caseId, r]));
    expect(byCase.get('a')!.scores!.length).toBe(2);
    expect(byCase.get('b')!.scores).toBeNull();
    expect(byCase.get('b')!.problem).toMatch(/no scores/);
    // Saved at the start, after each of the three cases, and at the end.
    expect(saved.map((r) => r.results.length)).toEqual([0, 1, 2, 3, 3]);
  });

  it('resumes with the cases a run lacks, judging only those', async () => {
    const engine = new FakeEngine();
    const first = await runSuiteCases(fresh(), { ...suite, cases: suite.cases.slice(0, 1) }, ['a'], options(engine, []));
    const again = await runSuiteCases(first, suite, ['b', 'c'], options(engine, []));
    expect(engine.started).toEqual(['first', 'garbage', 'third']);
    expect(again.results.map((r) => r.caseId).sort()).toEqual(['a', 'b', 'c']);
    expect(again.status).toBe('done');
  });

  it('pauses at an error that would fail every case, saying why, and keeps what was judged', async () => {
    const s: Suite = { ...suite, cases: [kase('a', 'first'), kase('f', 'fatal')] };
    const run = await runSuiteCases(fresh(), s, ['a', 'f'], { ...options(new FakeEngine(), []), concurrency: 1 });
    expect(run.status).toBe('paused');
    expect(run.lastError).toMatch(/No model\./);
    expect(run.results.map((r) => r.caseId)).toEqual(['a']);
  });
});
