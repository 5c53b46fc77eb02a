/** One side-by-side result as the summary needs it: whether it is complete, and its winner if so. */
export interface ComparedResult {
  label: string;
  /** Every candidate scored, and the run finished. */
  complete: boolean;
  /** How it came out, in a few words ("failed", "stopped", "partly scored (3 of 10)"). */
  outcome: string;
  winner: string | null;
}

export type WinnerSummary =
  | { kind: 'same'; winner: string; leftOut: ComparedResult[] }
  | { kind: 'changed'; winners: Array<{ label: string; winner: string }>; leftOut: ComparedResult[] }
  | { kind: 'too-few'; leftOut: ComparedResult[] };

/**
 * Whether the winner changes across results, judged only on complete ones: a failed, stopped or partly scored result
 * says nothing about who wins, so it is left out (and named) rather than counted as agreeing.
 */
export function summarizeWinners(results: readonly ComparedResult[]): WinnerSummary {
  const complete = results.filter((r) => r.complete && r.winner !== null);
  const leftOut = results.filter((r) => !complete.includes(r));
  if (complete.length < 2) return { kind: 'too-few', leftOut };
  const winners = complete.map((r) => ({ label: r.label, winner: r.winner! }));
  if (new Set(winners.map((w) => w.winner)).size === 1) return { kind: 'same', winner: winners[0]!.winner, leftOut };
  return { kind: 'changed', winners, leftOut };
}

/** The summary in one or two sentences. */
export function describeWinners(s: WinnerSummary, total: number): string {
  const left = s.leftOut.map((r) => `${r.label} ${r.outcome}`).join('; ');
  const leftNote = s.leftOut.length ? ` Left out: ${left}.` : '';
  switch (s.kind) {
    case 'same':
      return `${s.leftOut.length ? `Same winner in the ${total - s.leftOut.length} complete results` : 'Same winner everywhere'} (${s.winner}).${leftNote}`;
    case 'changed':
      return `The winner changes: ${s.winners.map((w) => `${w.winner} under “${w.label}”`).join(', ')}.${leftNote}`;
    case 'too-few':
      return `Fewer than two complete results, so winners cannot be compared: ${left}.`;
  }
}
