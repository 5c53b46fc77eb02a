import type { JudgmentRecord } from './judgmentRecord.ts';

export interface Finding {
  level: 'info' | 'warn' | 'bad';
  text: string;
}

// What a parser says of an output that simply ended early: said once, by the line on how it ended, instead.
const FOLLOWS_FROM_TRUNCATION = /never reached <\/think>|There is no answer|No JSON object|has no "scores"|has no "best-to-worst"|No score for|The output is empty/;

export type EarlyEnd = 'stopped' | 'interrupted' | 'cut' | 'length';

/** How the output ended early, if it did: stopped by the user, interrupted by a reload, cut by the server or the token limit. */
export function earlyEnd(r: Pick<JudgmentRecord, 'status' | 'finishReason' | 'error'>): EarlyEnd | null {
  if (r.status === 'stopped') return 'stopped';
  if (r.status === 'interrupted') return 'interrupted';
  if (r.finishReason === 'incomplete' || r.error?.kind === 'stream-cut') return 'cut';
  if (r.finishReason === 'length') return 'length';
  return null;
}

function whereItEnded(r: JudgmentRecord): string {
  const d = r.parsed?.diagnostics;
  const scored = r.parsed?.scores.length ?? 0;
  const total = r.input.responses.length;
  if (!r.raw) return 'before the model wrote anything';
  if (!d || d.think === 'unterminated') return 'while the model was reasoning; the reasoning up to there is shown above and no scores were given';
  if (scored === 0) return 'while the model was writing its answer, before any score';
  return `while the model was writing its answer, with ${scored} of ${total} candidates scored`;
}

function endingLine(r: JudgmentRecord, how: EarlyEnd): Finding {
  const where = whereItEnded(r);
  switch (how) {
    case 'stopped':
      return { level: 'info', text: `Stopped before the model finished, ${where}.` };
    case 'interrupted':
      return { level: 'warn', text: `This judgment was interrupted (the page was closed or reloaded while it ran), ${where}.` };
    case 'cut':
      return { level: 'bad', text: `${r.error?.message ?? 'The server closed the stream before the judgment finished.'} It ended ${where}. ${r.error?.advice ?? 'Run again for a complete judgment.'}` };
    case 'length':
      return { level: 'bad', text: `The output was cut off by the token limit (max ${r.sampling.max_tokens} tokens), ${where}. Raise “max tokens” in Settings or shorten the input.` };
  }
}

/** Everything a user should know about how clean a judgment's output was, in plain words; each fact said once. */
type Diagnostics = NonNullable<JudgmentRecord['parsed']>['diagnostics'];

/** The answer breaks what the answer grammar allows (a fenced or surrounded JSON aside, which the reader allows too). */
function breaksAnswerGrammar(d: Diagnostics): boolean {
  return (
    d.think === 'unterminated' || d.json === 'failed' || d.json === 'repaired' || !d.keysPresent.scores || !d.keysPresent.ranking
    || d.missingScores.length + d.outOfRange.length + d.droppedScores.length + d.duplicateNames.length + d.unknownNames.length > 0
  );
}

/**
 * A judgment sent with the answer grammar whose finished answer breaks it: the engine did not apply the constraint (a
 * server of another kind than the one picked in Settings, or one that ignores the field).
 */
function ignoredConstraint(r: JudgmentRecord, how: EarlyEnd | null): Finding | null {
  const d = r.parsed?.diagnostics;
  if (!r.constraint?.grammar || r.constraint.note !== undefined || how || r.finishReason !== 'stop' || !d || !breaksAnswerGrammar(d)) return null;
  return r.engine.kind === 'openai'
    ? { level: 'bad', text: 'The answer breaks the grammar it was sent with: the server ignored the constraint. Check the server kind in Settings.' }
    : { level: 'bad', text: 'The answer breaks the grammar it was sent with: the constraint was not applied. Turn it off in Settings → Answer.' };
}

export function describeJudgment(r: JudgmentRecord): Finding[] {
  const out: Finding[] = [];
  const how = earlyEnd(r);
  if (r.status === 'running') out.push({ level: 'info', text: 'Another tab of this browser is still running this judgment; this is what it had saved so far (it is saved about once a second). The list here updates when it finishes.' });
  if (how) out.push(endingLine(r, how));
  // A stop's own error and a cut stream's error are the ending line already.
  if (r.error && how !== 'stopped' && how !== 'cut') out.push({ level: 'bad', text: `${r.error.message} ${r.error.advice}` });
  for (const w of r.warnings ?? []) out.push({ level: 'warn', text: w });
  const d = r.parsed?.diagnostics;
  if (d) {
    const ignored = ignoredConstraint(r, how);
    if (ignored) out.push(ignored);
    if (d.json === 'repaired') out.push({ level: 'warn', text: 'The answer JSON was malformed and had to be repaired (quotes, bare keys or trailing commas).' });
    if (d.json === 'bracket') out.push({ level: 'warn', text: 'The answer JSON was surrounded by other text; only the part between the outer braces was read.' });
    if (d.think === 'absent') out.push({ level: 'info', text: 'The output has no <think> reasoning block.' });
    for (const p of d.problems) {
      if (how && FOLLOWS_FROM_TRUNCATION.test(p)) continue;
      out.push({ level: /disagrees|No score|no "scores"|could not|No JSON|not an object|never reached/.test(p) ? 'bad' : 'warn', text: p });
    }
  } else if (!r.raw && r.status !== 'running' && !how) {
    out.push({ level: 'bad', text: 'The model produced no output.' });
  }
  return out;
}
