import type { JudgmentRecord } from '../records/judgmentRecord.ts';
import type { Recording } from './deck.ts';

export type RecordingOf = { ok: true; recording: Recording } | { ok: false; reason: string };

/**
 * The recording of a stored judgment: its raw output cut back into the pieces it streamed in, each at the time it
 * arrived. Only a finished judgment whose timing was kept can be replayed exactly as it streamed.
 */
export function recordingFromJudgment(r: JudgmentRecord): RecordingOf {
  if (r.status !== 'done' || !r.parsed) return { ok: false, reason: 'Only a judgment that finished can be replayed.' };
  const timeline = r.timeline;
  if (!timeline || timeline.length === 0) return { ok: false, reason: 'This judgment was made before the app kept the timing of each streamed piece, so it cannot be replayed at its pace.' };
  const total = timeline.reduce((n, [, len]) => n + len, 0);
  if (total !== r.raw.length) return { ok: false, reason: 'The timing kept does not match the output stored, so this judgment cannot be replayed exactly.' };
  const deltas: Array<[number, string]> = [];
  let at = 0;
  for (const [t, len] of timeline) {
    deltas.push([t, r.raw.slice(at, at + len)]);
    at += len;
  }
  return {
    ok: true,
    recording: {
      modelId: r.engine.modelId,
      engine: r.engine.kind,
      recordedAt: r.createdAt,
      deltas,
      maskedToReal: r.maskedToReal ? r.maskedToReal.map(([m, n]) => [m, n]) : null,
      result: { reasoning: r.parsed.reasoning, scores: r.parsed.scores.map(([n, s]) => [n, s]), ranking: [...r.parsed.ranking] },
    },
  };
}

export const REPLAY_SPEEDS = [1, 2, 4] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

export interface ReplayStep {
  /** Index of the recorded piece. */
  index: number;
  /** When to show it, in ms after the replay starts. */
  at: number;
  /** Wait after the previous step. */
  delay: number;
  text: string;
}

/**
 * The order and timing of a replay at `speed` (2: twice as fast): every recorded piece, in the order it streamed,
 * at its recorded offset divided by the speed. Offsets that go backwards (a clock step) are held at the last one.
 */
export function replaySchedule(recording: Pick<Recording, 'deltas'>, speed: number): ReplayStep[] {
  const s = Number.isFinite(speed) && speed > 0 ? speed : 1;
  const first = recording.deltas[0]?.[0] ?? 0;
  let last = 0;
  return recording.deltas.map(([t, text], index) => {
    const at = Math.max(last, Math.round((Math.max(0, t - first)) / s));
    const delay = at - last;
    last = at;
    return { index, at, delay, text };
  });
}

/** "Replay — recorded with <model> on <date>": how every replay is labelled. */
export function replayLabel(r: Pick<Recording, 'modelId' | 'recordedAt'>): string {
  return `Replay — recorded with ${r.modelId} on ${new Date(r.recordedAt).toISOString().slice(0, 10)}`;
}
