import type { JudgmentRecord } from '../records/judgmentRecord.ts';
import type { SuiteCase } from '../suites/suite.ts';
import type { DeckCase, DeckPrinciple } from './deck.ts';
import { caseFromInputs } from './deckEdits.ts';
import { recordingFromJudgment } from './recording.ts';
import { shortenAtWord } from '../util/shorten.ts';

export type ComparisonCase = { ok: true; kase: DeckCase; notes: string[] } | { ok: false; reason: string };

/** The candidates as a set (a comparison of orders judges them shuffled). */
const candidatesKey = (r: JudgmentRecord) => JSON.stringify(r.input.responses.map((c) => [c.name, c.text]).sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0)));

/**
 * A deck case from a comparison's judgments: the first one's prompt and candidates, each distinct principle once (in
 * the comparison's order), each with the recording of a judgment under it where one can be replayed. Judgments of
 * another case are left out. Needs two or more principles: a comparison of models or of orders has one.
 */
export function caseFromComparison(records: readonly JudgmentRecord[], id: string): ComparisonCase {
  const first = records[0];
  if (!first) return { ok: false, reason: 'The comparison has no judgment yet: run it first.' };
  const key = candidatesKey(first);
  const same = records.filter((r) => r.input.prompt === first.input.prompt && candidatesKey(r) === key);
  const notes: string[] = [];
  if (same.length < records.length) notes.push(`${records.length - same.length} judgment(s) of another prompt or other candidates were left out.`);
  const byText = new Map<string, DeckPrinciple>();
  let unrecorded = 0;
  for (const r of same) {
    const text = r.input.principle.trim();
    if (!text) continue;
    const had = byText.get(text);
    if (had?.recording) continue;
    const rec = recordingFromJudgment(r);
    byText.set(text, { label: shortenAtWord(text, 40), text, ...(rec.ok ? { recording: rec.recording } : {}) });
  }
  for (const p of byText.values()) if (!p.recording) unrecorded++;
  if (byText.size < 2) return { ok: false, reason: 'This comparison judged one principle: a deck case contrasts two or more. Compare principles side by side, then add it.' };
  if (unrecorded > 0) notes.push(`${unrecorded} of ${byText.size} principles have no recording (the judgment did not finish, or its timing was not kept): they run live.`);
  const kase = caseFromInputs({ id, prompt: first.input.prompt, candidates: first.input.responses, mask: first.mask }, [...byText.values()]);
  return { ok: true, kase, notes };
}

/** "B > A = C": a person's ranking as the class reads it. */
const tiersText = (tiers: readonly string[][]) => tiers.filter((t) => t.length > 0).map((t) => t.join(' = ')).join(' > ');

/**
 * A deck case from a case of a principle's test suite: its prompt and candidates under that principle and a second
 * one to contrast it with; the people's rankings under the first go into the note, for the teacher.
 */
export function caseFromSuiteCase(c: Pick<SuiteCase, 'prompt' | 'candidates' | 'rankings'>, principle: { name: string; text: string }, contrast: string, id: string): DeckCase {
  const kase = caseFromInputs({ id, prompt: c.prompt, candidates: c.candidates, mask: true }, [
    { label: shortenAtWord(principle.name || principle.text, 40), text: principle.text },
    { label: shortenAtWord(contrast, 40), text: contrast },
  ]);
  const ranked = c.rankings.filter((r) => r.tiers.some((t) => t.length > 0));
  if (ranked.length === 0) return kase;
  const note = `Under “${shortenAtWord(principle.name || principle.text, 60)}”, ${ranked.map((r) => `${r.rater} ranked ${tiersText(r.tiers)}`).join('; ')}.`;
  return { ...kase, note };
}
