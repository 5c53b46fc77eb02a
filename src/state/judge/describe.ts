import type { JudgmentRecord } from '../records.ts';

export interface Finding {
  level: 'info' | 'warn' | 'bad';
  text: string;
}

/** Everything a user should know about how clean a judgment's output was, in plain words. */
export function describeJudgment(r: JudgmentRecord): Finding[] {
  const out: Finding[] = [];
  if (r.status === 'interrupted') out.push({ level: 'warn', text: 'This judgment was interrupted (the page was closed or reloaded while it ran). What had streamed is kept.' });
  if (r.status === 'running') out.push({ level: 'info', text: 'Another tab of this browser is still running this judgment; this is what it had saved so far (it is saved about once a second). The list here updates when it finishes.' });
  if (r.status === 'stopped') out.push({ level: 'info', text: 'Stopped before the model finished; the partial output is kept.' });
  if (r.finishReason === 'length') out.push({ level: 'bad', text: `The output was cut off by the token limit (max ${r.sampling.max_tokens} tokens). Raise “max tokens” in Settings or shorten the input.` });
  if (r.finishReason === 'incomplete') out.push({ level: 'bad', text: 'The server closed the stream before the judgment finished; the partial output is kept.' });
  if (r.error) out.push({ level: 'bad', text: `${r.error.message} ${r.error.advice}` });
  for (const w of r.warnings ?? []) out.push({ level: 'warn', text: w });
  const d = r.parsed?.diagnostics;
  if (d) {
    if (d.json === 'repaired') out.push({ level: 'warn', text: 'The answer JSON was malformed and had to be repaired (quotes, bare keys or trailing commas).' });
    if (d.json === 'bracket') out.push({ level: 'warn', text: 'The answer JSON was surrounded by other text; only the part between the outer braces was read.' });
    if (d.think === 'absent') out.push({ level: 'info', text: 'The output has no <think> reasoning block.' });
    for (const p of d.problems) out.push({ level: /disagrees|No score|no "scores"|could not|No JSON|not an object|never reached/.test(p) ? 'bad' : 'warn', text: p });
  } else if (!r.raw && r.status !== 'running') {
    out.push({ level: 'bad', text: 'The model produced no output.' });
  }
  return out;
}
