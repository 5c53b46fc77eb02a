import type { JudgmentRecord } from './judgmentRecord.ts';

/** How a judgment came out, as a person reading the history needs it (the status alone says "done" for unreadable output). */
export type OutcomeKind = 'running' | 'scored' | 'partial' | 'unparsed' | 'stopped' | 'failed';

export interface Outcome {
  kind: OutcomeKind;
  /** Short words for a list row: "scored", "partly scored (2 of 3)", "unparsed", "stopped", "interrupted", "failed". */
  label: string;
  /** Candidates with a score, of `of`. */
  scored: number;
  of: number;
}

type OutcomeInput = Pick<JudgmentRecord, 'status' | 'input' | 'parsed'>;

/** The outcome of a judgment record: its status, then how many of its candidates the answer scored. */
export function outcomeOf(r: OutcomeInput): Outcome {
  const names = new Set(r.input.responses.map((c) => c.name));
  const withScore = new Set((r.parsed?.scores ?? []).map(([name]) => name).filter((name) => names.has(name)));
  const scored = withScore.size;
  const of = names.size;
  const out = (kind: OutcomeKind, label: string): Outcome => ({ kind, label, scored, of });
  switch (r.status) {
    case 'running':
      return out('running', 'running');
    case 'stopped':
      return out('stopped', 'stopped');
    case 'interrupted':
      return out('stopped', 'interrupted');
    case 'error':
      return out('failed', 'failed');
    case 'done':
      if (scored === 0) return out('unparsed', 'unparsed');
      if (scored < of) return out('partial', `partly scored (${scored} of ${of})`);
      return out('scored', 'scored');
  }
}
