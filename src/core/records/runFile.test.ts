import { describe, expect, it } from 'vitest';
import { buildRunExport, parseRunExport } from './runFile.ts';
import { benchItem, runRecord } from './records.testkit.ts';
import type { ItemResult } from './run.ts';

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
});
