import * as v from 'valibot';
import { scoresFromTiers, tiersFromScores } from '../agreement/ranking.ts';
import { LoadNotes } from '../bench/load-notes.ts';
import { FIELD_ALIASES, RANKING_ALIASES, normalizeBenchRow } from '../bench/normalize-row.ts';
import { parseOrderedJson } from '../bench/ordered-json.ts';
import { asRecord, type RecordView } from '../bench/record.ts';
import type { LoadError } from '../bench/types.ts';
import { pythonJsonDumps, type PyJsonInput } from '../protocol/pyJsonDumps.ts';
import { caseProblems, RaterRankingSchema, type RaterRanking, type Suite, type SuiteCase } from './suite.ts';

// A suite as RABench-format JSON Lines (the Benchmark page's reader, the reference package, any server run):
// one row per case with `gt` from one rater's ranking, written as Python's json.dumps writes it.
// Beside the RABench fields each row carries what a suite needs back: `rater` (whose ranking `gt` is),
// `rater_scores` (false when the gt scores were derived from the order), `note`, and the other raters'
// `rankings` ({rater, tiers, scores?, note?}). Readers of RABench ignore these.

export interface SuiteExportOptions {
  /** The principle text written on every row (the version being exported or run). */
  principle: string;
  /** Whose ranking becomes `gt`; by default each case's first ranking. */
  rater?: string;
}

export interface SuiteExport {
  /** The JSONL text, one row per exported case, each ending in a line break. */
  text: string;
  /** Cases left out, with why (a problem {@link caseProblems} finds; no ranking by the rater; fewer than two ranked). */
  skipped: Array<{ caseId: string; message: string }>;
}

export function exportSuiteJsonl(suite: Pick<Suite, 'cases'>, options: SuiteExportOptions): SuiteExport {
  const lines: string[] = [];
  const skipped: SuiteExport['skipped'] = [];
  if (options.principle.trim() === '') {
    return { text: '', skipped: suite.cases.map((c) => ({ caseId: c.id, message: `case "${c.id}" was not exported: the principle is empty (write or choose a principle version)` })) };
  }
  for (const c of suite.cases) {
    const problems = caseProblems(c);
    if (problems.length > 0) {
      skipped.push({ caseId: c.id, message: `case "${c.id}" was not exported: ${problems.join(' ')}` });
      continue;
    }
    const main = options.rater === undefined ? c.rankings[0] : c.rankings.find((r) => r.rater === options.rater);
    if (!main) {
      const whose = options.rater === undefined ? 'anyone' : `"${options.rater}"`;
      skipped.push({ caseId: c.id, message: `case "${c.id}" has no ranking by ${whose}: rank it to export it` });
      continue;
    }
    const order = main.tiers.flat();
    if (new Set(order).size < 2) {
      skipped.push({ caseId: c.id, message: `case "${c.id}": "${main.rater}" ranked fewer than two candidates: rank at least two to export it` });
      continue;
    }
    lines.push(pythonJsonDumps(caseRow(c, main, options.principle)) + '\n');
  }
  return { text: lines.join(''), skipped };
}

function caseRow(c: SuiteCase, main: RaterRanking, principle: string): PyJsonInput {
  const row = new Map<string, PyJsonInput>([
    ['id', c.id],
    ['principle', principle],
    ['prompt', c.prompt],
    ['responses', new Map(c.candidates.map((x) => [x.name, x.text]))],
    ['gt', new Map<string, PyJsonInput>([['scores', new Map(main.scores ?? scoresFromTiers(main))], ['best-to-worst', main.tiers.flat()]])],
    ['rater', main.rater],
    ['rater_scores', main.scores !== undefined],
  ]);
  if (main.note !== undefined) row.set('note', main.note);
  const others = c.rankings.filter((r) => r !== main);
  if (others.length > 0) row.set('rankings', others.map(rankingEntry));
  return row;
}

function rankingEntry(r: RaterRanking): PyJsonInput {
  const entry = new Map<string, PyJsonInput>([['rater', r.rater], ['tiers', r.tiers]]);
  if (r.scores !== undefined) entry.set('scores', new Map(r.scores));
  if (r.note !== undefined) entry.set('note', r.note);
  return entry;
}

export interface SuiteImportOptions {
  id: string;
  principleId: string;
  /** Rater of a row that names none (a plain RABench file's ground truth). Default `ground truth`. */
  defaultRater?: string;
}

export interface SuiteImport {
  suite: Suite;
  /** The distinct principle texts of the rows, in first-seen order, with how many cases carry each. */
  principles: Array<{ text: string; cases: number }>;
  /** Each refused line: `where` is `line N` (1-based), `message` says what is wrong and what to do. */
  errors: LoadError[];
  notes: string[];
}

const OtherRankingsSchema = v.array(v.unknown());

/**
 * A suite from RABench-format JSON Lines (as {@link exportSuiteJsonl} writes, or any RABench file). Never throws:
 * every bad line is listed by line number with what to do, and the good ones are kept.
 */
export function importSuiteJsonl(text: string, options: SuiteImportOptions): SuiteImport {
  const notes = new LoadNotes();
  const errors: LoadError[] = [];
  const cases: SuiteCase[] = [];
  const principles = new Map<string, number>();
  const firstLine = new Map<string, string>();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  body.split('\n').forEach((rawLine, index) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    const refuse = (message: string) => errors.push({ where, message });
    const parsed = parseOrderedJson(line);
    if (!parsed.ok) return refuse(`not valid JSON at column ${parsed.error.column} (${parsed.error.message}): fix the line or delete it, then import again`);
    const outcome = normalizeBenchRow(parsed.value, { where, fallbackId: where.replace(' ', '-'), source: 'suite' }, notes);
    if (!outcome.ok) return refuse(outcome.reasons.map(withAdvice).join('; '));
    const item = outcome.item;
    const row = asRecord(parsed.value)!;
    const built = caseFromRow(item.id, item.prompt, item.responses, item.gt, row, options.defaultRater ?? 'ground truth', notes, where);
    if (typeof built === 'string') return refuse(built);
    const problems = caseProblems(built);
    if (problems.length > 0) return refuse(problems.join(' '));
    const seen = firstLine.get(built.id);
    if (seen !== undefined) return refuse(`the id "${built.id}" is already used at ${seen}: give each case its own id`);
    firstLine.set(built.id, where);
    principles.set(item.principle, (principles.get(item.principle) ?? 0) + 1);
    cases.push(built);
  });
  if (principles.size > 1) notes.addFileNote(`the rows hold ${principles.size} different principles: the suite keeps their cases, each run uses the version you choose`);
  if (cases.length === 0 && errors.length === 0) errors.push({ where: 'file', message: 'the file has no rows: export a suite or pick a RABench JSONL file' });
  return {
    suite: { id: options.id, principleId: options.principleId, cases },
    principles: [...principles].map(([principleText, count]) => ({ text: principleText, cases: count })),
    errors,
    notes: notes.toStrings(),
  };
}

function caseFromRow(
  id: string,
  prompt: string,
  responses: ReadonlyArray<{ name: string; text: string }>,
  gt: { scores: Array<[string, number]>; ranking: string[] },
  row: RecordView,
  defaultRater: string,
  notes: LoadNotes,
  where: string,
): SuiteCase | string {
  const rater = row.get('rater');
  if (rater !== undefined && (typeof rater !== 'string' || rater.trim() === '')) return '"rater" must be a non-empty name: write who gave the ground truth, or drop the field';
  if (rater === undefined) notes.add(`no "rater": the ground truth is taken as the ranking of "${defaultRater}"`, where);
  const flag = row.get('rater_scores');
  if (flag !== undefined && typeof flag !== 'boolean') return '"rater_scores" must be true or false: drop it to keep the gt scores';
  const scoresGiven = flag ?? gtHasScores(row);
  const note = row.get('note');
  if (note !== undefined && typeof note !== 'string') return '"note" must be text: write it as a string or drop it';
  const main: RaterRanking = { rater: typeof rater === 'string' ? rater.trim() : defaultRater, tiers: tiersFromScores(gt.scores, gt.ranking) };
  if (scoresGiven) main.scores = gt.scores;
  if (note !== undefined) main.note = note;

  const rankings: RaterRanking[] = [main];
  const others = row.get('rankings');
  if (others !== undefined) {
    const list = v.safeParse(OtherRankingsSchema, others);
    if (!list.success) return '"rankings" must be a list of {rater, tiers, scores?, note?}: fix it or drop the field';
    for (const [i, entry] of list.output.entries()) {
      const ranking = rankingFrom(entry);
      if (typeof ranking === 'string') return `rankings[${i}]: ${ranking}`;
      rankings.push(ranking);
    }
  }
  return { id, prompt, candidates: responses.map((x) => ({ name: x.name, text: x.text })), rankings };
}

/** One entry of `rankings`, read with ordered keys (scores as `{name: score}`). */
function rankingFrom(entry: unknown): RaterRanking | string {
  const record = asRecord(entry);
  if (!record) return 'expected {rater, tiers, scores?, note?}';
  const scores = record.get('scores');
  const scoreRecord = scores === undefined ? null : asRecord(scores);
  if (scores !== undefined && !scoreRecord) return '"scores" must be an object {name: number}';
  const candidate = {
    rater: record.get('rater'),
    tiers: record.get('tiers'),
    ...(scoreRecord ? { scores: scoreRecord.entries.map(([name, value]) => [name, value]) } : {}),
    ...(record.has('note') ? { note: record.get('note') } : {}),
  };
  const parsed = v.safeParse(RaterRankingSchema, candidate);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const path = v.getDotPath(issue);
    return `${path ? `"${path}": ` : ''}${issue.message}: fix the ranking or remove it`;
  }
  return parsed.output;
}

/** Whether the row's ground truth gave scores (else the reader derived them from its best-to-worst order). */
function gtHasScores(row: RecordView): boolean {
  const key = FIELD_ALIASES.gt.find((k) => row.get(k) !== undefined && row.get(k) !== null);
  if (key === undefined) return row.has('scores');
  let gt = row.get(key);
  if (typeof gt === 'string') {
    const parsed = parseOrderedJson(gt);
    gt = parsed.ok ? parsed.value : null;
  }
  if (Array.isArray(gt)) return false;
  const record = asRecord(gt);
  return !record || record.has('scores') || !RANKING_ALIASES.some((k) => record.has(k));
}

/** The bench reader's reasons, each with what to do. */
function withAdvice(reason: string): string {
  if (/^missing field "([^"]+)"/.test(reason)) return `${reason}: add it`;
  if (reason.startsWith('gt names not among responses')) return `${reason}: rename them to response names or add those responses`;
  if (reason.includes('only one response')) return `${reason}: add another response`;
  if (/^response name .* appears twice$/.test(reason)) return `${reason}: rename one`;
  if (/ lists .* twice$/.test(reason)) return `${reason}: list each name once`;
  if (reason.includes('): ')) return reason;
  return `${reason}: fix it and import again`;
}
