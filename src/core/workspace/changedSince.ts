/** What a judgment was run on, and what is on screen now: the parts that decide its result. */
export interface RunInputs {
  principle: string;
  prompt: string;
  responses: ReadonlyArray<{ name: string; text: string }>;
  mask: boolean;
  sampling: { temperature: number; top_p: number; max_tokens: number; enable_thinking: boolean; seed?: number };
}

export type Change = 'principle' | 'prompt' | 'candidates' | 'masking' | 'sampling';

const sameSampling = (a: RunInputs['sampling'], b: RunInputs['sampling']) =>
  a.temperature === b.temperature && a.top_p === b.top_p && a.max_tokens === b.max_tokens && a.enable_thinking === b.enable_thinking && (a.seed ?? null) === (b.seed ?? null);

/** The parts that differ between a judgment's inputs and the ones on screen, in the order a person reads them. */
export function changedSince(run: RunInputs, now: RunInputs): Change[] {
  const out: Change[] = [];
  if (run.principle !== now.principle) out.push('principle');
  if (run.prompt !== now.prompt) out.push('prompt');
  if (run.responses.length !== now.responses.length || run.responses.some((r, i) => r.name !== now.responses[i]!.name || r.text !== now.responses[i]!.text)) out.push('candidates');
  if (run.mask !== now.mask) out.push('masking');
  if (!sameSampling(run.sampling, now.sampling)) out.push('sampling');
  return out;
}

const WORDS: Record<Change, string> = { principle: 'the principle', prompt: 'the prompt', candidates: 'the candidates', masking: 'masking', sampling: 'the sampling settings' };

/** "the principle and the candidates" */
export function describeChanges(changes: Change[]): string {
  const w = changes.map((c) => WORDS[c]);
  return w.length <= 1 ? (w[0] ?? '') : `${w.slice(0, -1).join(', ')} and ${w[w.length - 1]}`;
}
