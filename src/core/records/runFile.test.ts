import { describe, expect, it } from 'vitest';
import { buildRunExport, parseRunExport } from './runFile.ts';
import { benchItem, runRecord } from './records.testkit.ts';
import type { ItemResult } from './run.ts';
import { summarizeResult } from './itemSummary.ts';
import { describeBudgetCuts } from './runBudget.ts';

const items = [benchItem('a', 'q1'), benchItem('b', 'q2'), benchItem('c', 'q3')];
const result = (index: number, failed: boolean): ItemResult => ({
  runId: 'r1', index, itemId: items[index]!.id, input: { principle: 'p', prompt: 'q', responses: [] }, mask: true, maskedToReal: [['model-1', 'A']],
  engine: { kind: 'openai', modelId: 'm', baseUrl: 'http://x/v1', contextWindow: 8192 }, raw: '<think>r</think>{}', finishReason: 'stop', error: null,
  parsed: { reasoning: 'r', scores: failed ? [] : [['A', 5]], ranking: [], diagnostics: {} as never },
  stats: null, failed, failure: failed ? 'unparseable' : null, startedAt: 1, finishedAt: 2, ms: 1, attempts: 1,
});

describe('run export', () => {
  it('round-trips a run with its items and results under a new id', () => {
    const run = runRecord('r1', items, { status: 'running', counts: { done: 2, failed: 1 } });
    const json = buildRunExport(run, items, new Map([[0, result(0, false)], [2, result(2, true)]]), new Date(0));
    expect(json).not.toContain('apiKey');
    const back = parseRunExport(json, 'new-id');
    if (!back.ok) throw new Error(back.error);
    expect(back.run).toMatchObject({ id: 'new-id', status: 'paused', imported: true, counts: { done: 2, failed: 1 }, itemIds: ['a', 'b', 'c'] });
    expect(back.items).toEqual(items);
    expect(back.results.map((r) => [r.runId, r.index, r.failed])).toEqual([['new-id', 0, false], ['new-id', 2, true]]);
  });

  it('refuses other files with a reason', () => {
    expect(parseRunExport('nope', 'x')).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(parseRunExport('{"kind": "rewardanything-judgment"}', 'x')).toMatchObject({ ok: false, error: expect.stringContaining('not an exported benchmark run') });
    const bad = JSON.parse(buildRunExport(runRecord('r', items), items, new Map())) as { items: Array<{ item: { prompt: unknown } }> };
    bad.items[1]!.item.prompt = 5;
    expect(parseRunExport(JSON.stringify(bad), 'x')).toMatchObject({ ok: false, error: expect.stringContaining('items.1.item.prompt') });
  });

  it("keeps the run's figures, and leaves out figures that are not as expected, saying so", () => {
    const figures = { retries: 3, errors: { 'rate-limited': 2, unparseable: 1 }, tokens: 1500, peakInFlight: 6, protocol: 'http/1.1' };
    const run = runRecord('r1', items, { figures });
    const good = parseRunExport(buildRunExport(run, items, new Map()), 'n1');
    if (!good.ok) throw new Error(good.error);
    expect(good.run.figures).toEqual(figures);
    expect(good.note).toBeNull();
    const bad = parseRunExport(buildRunExport({ ...run, figures: { ...figures, errors: { 'rate-limited': 'two' } } as never }, items, new Map()), 'n2');
    if (!bad.ok) throw new Error(bad.error);
    expect(bad.run.figures).toBeUndefined();
    expect(bad.note).toContain('errors.rate-limited');
  });

  it("keeps an item's thinking budget (the reasoning it cut) through export and import; files without it, or with a damaged one, load without it", () => {
    const run = runRecord('r1', items);
    const budget = { tokens: 256, cut: true, note: 'The answer after the cut was not held to the grammar.' };
    const json = buildRunExport(run, items, new Map([[0, { ...result(0, false), reasoningBudget: budget }], [1, result(1, false)]]));
    const back = parseRunExport(json, 'n');
    if (!back.ok) throw new Error(back.error);
    expect(back.results[0]!.reasoningBudget).toEqual(budget);
    expect('reasoningBudget' in back.results[1]!).toBe(false);
    const summaries = back.results.map((r) => summarizeResult(items[r.index]!, r));
    expect(summaries.map((x) => x.budgetCut)).toEqual([true, undefined]);
    expect(describeBudgetCuts(summaries)).toBe('The thinking budget cut the reasoning of 1 of 2 judged items; the answer was written after it.');

    // An older file (before budgets were kept) has no such field: it loads, and nothing is said of a budget.
    const old = parseRunExport(buildRunExport(run, items, new Map([[0, result(0, false)]])), 'o');
    if (!old.ok) throw new Error(old.error);
    expect(old.results[0]!.reasoningBudget).toBeUndefined();
    expect(describeBudgetCuts(old.results.map((r) => summarizeResult(items[r.index]!, r)))).toBeNull();

    // A damaged or foreign one is left out; the item and its scores load as they are.
    const doc = JSON.parse(json) as { items: Array<{ result: { reasoningBudget?: unknown } | null }> };
    doc.items[0]!.result!.reasoningBudget = { tokens: 'many', cut: 'yes' };
    const damaged = parseRunExport(JSON.stringify(doc), 'd');
    if (!damaged.ok) throw new Error(damaged.error);
    expect(damaged.results[0]!.reasoningBudget).toBeUndefined();
    expect(damaged.results[0]!.parsed?.scores).toEqual([['A', 5]]);
  });
});
