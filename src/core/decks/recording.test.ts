import { describe, expect, it } from 'vitest';
import { JUDGED_RAW, judgedRecord } from './judgment.testkit.ts';
import { recordingFromJudgment, replayLabel, replaySchedule } from './recording.ts';

const raw = JUDGED_RAW;
const record = judgedRecord;

describe('recordingFromJudgment', () => {
  it('cuts the raw output back into the pieces it streamed in, at their times', () => {
    const r = recordingFromJudgment(record());
    if (!r.ok) throw new Error(r.reason);
    expect(r.recording.deltas.map(([t]) => t)).toEqual([120, 180, 260]);
    expect(r.recording.deltas.map(([, s]) => s).join('')).toBe(raw);
    expect(r.recording.deltas[0]![1]).toBe('<think>\n');
    expect(r.recording).toMatchObject({ modelId: 'Qwen3-8B', engine: 'webllm', result: { ranking: ['A', 'B'] } });
  });

  it('refuses what it cannot replay exactly, saying why', () => {
    expect(recordingFromJudgment(record({ timeline: undefined }))).toMatchObject({ ok: false, reason: expect.stringContaining('before the app kept the timing') });
    expect(recordingFromJudgment(record({ timeline: [[1, 3]] }))).toMatchObject({ ok: false, reason: expect.stringContaining('does not match') });
    expect(recordingFromJudgment(record({ status: 'stopped' }))).toMatchObject({ ok: false });
  });
});

describe('replaySchedule', () => {
  const rec = { deltas: [[100, 'a'], [140, 'b'], [130, 'c'], [500, 'd']] as Array<[number, string]> };
  it('keeps the recorded order, from the first piece, at the recorded pace', () => {
    const s = replaySchedule(rec, 1);
    expect(s.map((x) => x.text).join('')).toBe('abcd');
    expect(s.map((x) => x.at)).toEqual([0, 40, 40, 400]);
    expect(s.map((x) => x.delay)).toEqual([0, 40, 0, 360]);
  });

  it('divides every wait by the speed', () => {
    expect(replaySchedule(rec, 4).map((x) => x.at)).toEqual([0, 10, 10, 100]);
    expect(replaySchedule(rec, 2).map((x) => x.index)).toEqual([0, 1, 2, 3]);
    expect(replaySchedule(rec, 0).map((x) => x.at)).toEqual([0, 40, 40, 400]);
  });

  it('labels a replay with the model and the date', () => {
    expect(replayLabel({ modelId: 'Qwen3-8B', recordedAt: Date.UTC(2026, 10, 5, 9) })).toBe('Replay — recorded with Qwen3-8B on 2026-11-05');
  });
});
