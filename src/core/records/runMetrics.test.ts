import { describe, expect, it } from 'vitest';
import { fromRMBench, PAPER_TABLE3_COLUMNS, type BenchItem } from '../bench/index.ts';
import { metricsCsv, runMetrics, table3Row } from './runMetrics.ts';
import { summarizeResult } from './itemSummary.ts';
import { itemResult as result, sampleSummaries as summaries } from './records.testkit.ts';

describe('runMetrics', () => {
  it('computes overall / domain / category slices with seeded intervals and counts failures in the denominator', () => {
    const m = runMetrics(summaries());
    const o = m.report.overall;
    expect(o.n).toBe(12);
    expect(o.failures).toBe(1);
    // 8 perfect items (3/3), 3 reversed (0/3), 1 failed (0/3): 24/36.
    expect(o.pairs).toEqual({ correct: 24, total: 36 });
    expect(o.accuracy.value).toBeCloseTo(66.6667, 3);
    expect(o.accuracy.ci).not.toBeNull();
    expect(o.fewItems).toBe(true);
    expect(m.report.byDomain.map((s) => s.key)).toEqual(['code', 'chat']);
    expect(m.report.byCategory.map((s) => s.key)).toEqual(['logic', 'tone']);
    // Same inputs, same intervals.
    expect(runMetrics(summaries()).report.overall.accuracy.ci).toEqual(o.accuracy.ci);
    expect(runMetrics(summaries(), false).report.overall.accuracy.ci).toBeNull();
    expect(m.rmbench).toBeNull();
  });

  it('gives the overall figures both ways: the failed item left out, or counted as wrong / worst', () => {
    const m = runMetrics(summaries());
    expect(m.bothWays.failures).toBe(1);
    expect(m.bothWays.accuracy.counted.value).toBe(m.report.overall.accuracy.value);
    expect(m.bothWays.accuracy.excluded.value).toBeCloseTo((24 / 33) * 100, 9);
    expect(m.bothWays.accuracy.differs).toBe(true);
    expect(m.bothWays.ndcg.excluded.value).toBe(m.report.overall.ndcg.value);
    expect(m.bothWays.ndcg.counted.value!).toBeLessThan(m.bothWays.ndcg.excluded.value!);
    expect(runMetrics(summaries(), false).bothWays.ndcg.counted.ci).toBeNull();
  });

  it('shapes a Table 3 row and a CSV', () => {
    const m = runMetrics(summaries());
    const row = table3Row(m.report);
    expect(Object.keys(row)).toEqual([...PAPER_TABLE3_COLUMNS]);
    expect(row.chat?.value).toBe(m.report.byDomain.find((s) => s.key === 'chat')?.accuracy.value);
    expect(row.safety).toBeNull();
    expect(row.tone?.n).toBe(8);
    const csv = metricsCsv(m, 'my "run", 1').trim().split('\n');
    expect(csv[0]).toMatch(/^run,slice_type,slice,items,failures/);
    expect(csv).toHaveLength(1 + 1 + 2 + 2);
    expect(csv[1]).toMatch(/^"my ""run"", 1",overall,overall,12,1,/);
    expect(csv.every((line) => line.split(',').length >= 24)).toBe(true);
  });

  it('neutralises a run name or slice that a spreadsheet would run as a formula', () => {
    const csv = metricsCsv(runMetrics(summaries()), '=HYPERLINK("http://evil.example","x")');
    expect(csv.split('\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)",overall,/);
  });

  it('scores RM-Bench items by RM-Bench convention', () => {
    const items: BenchItem[] = fromRMBench(
      [{ id: 1, prompt: 'q', chosen: ['a', 'b', 'c'], rejected: ['d', 'e', 'f'] }, { id: 2, prompt: 'q', chosen: ['a', 'b', 'c'], rejected: ['d', 'e', 'f'] }],
      { principle: 'p', domain: 'chat' },
    );
    const all = items[0]!.responses.map((r): [string, number] => [r.name, r.name.startsWith('chosen') ? 5 : 1]);
    const s = items.map((item, i) => summarizeResult(item, result(i, i === 0 ? all : [], [], i === 1)));
    const m = runMetrics(s);
    expect(m.rmbench?.overall).toBeCloseTo(50);
    expect(m.rmbench?.domains.chat?.items).toBe(2);
    expect(m.rmbench?.domainCi.chat).not.toBeNull();
    expect(metricsCsv(m, 'r')).toContain('rmbench,overall (mean of domains),2,,,,,50,');
  });
});
