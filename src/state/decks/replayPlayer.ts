import { createStreamParser, liveJudgment, replaySchedule, type LiveJudgment, type Recording } from '../../core/index.ts';

export interface ReplayFrame {
  live: LiveJudgment;
  raw: string;
  /** Recorded pieces shown so far. */
  step: number;
  done: boolean;
}

/**
 * Plays a recording back as it streamed: each piece at its recorded time divided by `speed`, through the same stream
 * parser a live judgment uses, so reasoning, scores and ranking appear as they did. No engine is involved. Pieces
 * that fall due together (a slow timer) are shown together, in their order; `onFrame` gets one frame per wake-up.
 */
export function playRecording(rec: Recording, speed: number, names: readonly string[], onFrame: (f: ReplayFrame) => void, signal: AbortSignal): Promise<void> {
  const steps = replaySchedule(rec, speed);
  const parser = createStreamParser(rec.maskedToReal, names);
  const start = performance.now();
  let next = 0;
  let raw = '';
  return new Promise((resolve) => {
    const tick = () => {
      if (signal.aborted) return resolve();
      const elapsed = performance.now() - start;
      while (next < steps.length && steps[next]!.at <= elapsed) {
        parser.push(steps[next]!.text);
        raw += steps[next]!.text;
        next++;
      }
      if (next >= steps.length) {
        const final = parser.finish();
        onFrame({ live: { phase: 'done', reasoning: final.reasoning, scores: final.scores, ranking: final.ranking, chars: raw.length, maskedToReal: rec.maskedToReal }, raw, step: next, done: true });
        return resolve();
      }
      onFrame({ live: liveJudgment(parser.snapshot(), raw.length, rec.maskedToReal), raw, step: next, done: false });
      setTimeout(tick, Math.max(0, steps[next]!.at - elapsed));
    };
    tick();
  });
}
