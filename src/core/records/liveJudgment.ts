import type { StreamSnapshot } from '../protocol/streamParser.ts';

/**
 * A judgment while it streams: the stream parser's snapshot (one shape for both) with what the run adds, the
 * characters received and the masking key, so the reasoning can name the user's candidates as it streams.
 */
export interface LiveJudgment extends Pick<StreamSnapshot, 'phase' | 'reasoning' | 'scores' | 'ranking'> {
  /** Characters received so far. */
  chars: number;
  /** The masking key of this run ([masked, real] pairs); null when the names were not masked. */
  maskedToReal: Array<[string, string]> | null;
}

/** What a judgment shows the moment it starts: nothing read yet. */
export const STARTING_JUDGMENT: LiveJudgment = { phase: 'thinking', reasoning: '', scores: [], ranking: [], chars: 0, maskedToReal: null };

/** The live view of `snapshot` after `chars` characters of a run masked with `maskedToReal`. */
export function liveJudgment(snapshot: StreamSnapshot, chars: number, maskedToReal: Array<[string, string]> | null): LiveJudgment {
  return { phase: snapshot.phase, reasoning: snapshot.reasoning, scores: snapshot.scores, ranking: snapshot.ranking, chars, maskedToReal };
}
