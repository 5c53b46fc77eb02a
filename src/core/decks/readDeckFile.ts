import * as v from 'valibot';
import { DECK_FILE_KIND, DECK_FILE_VERSION, type Deck, type DeckCase, type DeckPrinciple, type Recording } from './deck.ts';

const finite = v.pipe(v.number(), v.finite());

const RecordingSchema = v.looseObject({
  modelId: v.pipe(v.string(), v.nonEmpty('names no model')),
  engine: v.picklist(['webllm', 'openai'], 'has an engine other than "webllm" or "openai"'),
  recordedAt: finite,
  deltas: v.pipe(v.array(v.tuple([v.pipe(finite, v.minValue(0)), v.string()])), v.nonEmpty('has no streamed text')),
  maskedToReal: v.nullable(v.array(v.tuple([v.string(), v.string()]))),
  result: v.looseObject({
    reasoning: v.string(),
    scores: v.array(v.tuple([v.string(), finite])),
    ranking: v.array(v.string()),
  }),
});

const PrincipleSchema = v.looseObject({
  label: v.optional(v.string()),
  text: v.pipe(v.string(), v.trim(), v.nonEmpty('has no text')),
  recording: v.optional(v.unknown()),
});

const CaseSchema = v.looseObject({
  id: v.optional(v.string()),
  title: v.optional(v.string()),
  note: v.optional(v.string()),
  prompt: v.string('has no "prompt" text'),
  candidates: v.pipe(
    v.array(v.looseObject({ name: v.pipe(v.string(), v.nonEmpty('a candidate has no name')), text: v.string() })),
    v.minLength(2, 'needs at least two candidates'),
  ),
  principles: v.array(v.unknown(), '"principles" is not a list'),
  mask: v.optional(v.boolean()),
});

const DeckSchema = v.looseObject({
  id: v.optional(v.string()),
  title: v.optional(v.string()),
  description: v.optional(v.string()),
  createdAt: v.optional(finite),
  updatedAt: v.optional(finite),
  cases: v.array(v.unknown(), '"cases" is not a list'),
});

/** What could not be read, where, and what it means for the lesson. */
export interface DeckProblem {
  where: string;
  message: string;
}

export interface DeckRead {
  /** What could be read; null when nothing of a deck could. */
  deck: Deck | null;
  problems: DeckProblem[];
  /** The file's version when a newer app wrote it (what this version does not know is left out). */
  newerVersion: number | null;
}

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const i = issues[0]!;
  const path = v.getDotPath(i);
  return path ? `"${path}" ${i.message}` : i.message;
}

/**
 * Reads a deck file (or a stored deck) through its schema. A broken case or principle is left out and listed; a
 * broken recording is dropped and the principle runs live; a file from a newer version opens with what this version
 * can show. Never throws.
 */
export function readDeckFile(data: unknown, now = Date.now()): DeckRead {
  const problems: DeckProblem[] = [];
  const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
  if (!isObj(data)) return { deck: null, problems: [{ where: 'file', message: 'Not a deck: expected {"kind": "rewardanything-deck", "deck": {…}}.' }], newerVersion: null };
  const wrapped = data.kind === DECK_FILE_KIND;
  if (!wrapped && data.kind !== undefined) {
    return { deck: null, problems: [{ where: 'file', message: `This is a "${String(data.kind)}" file, not a deck. Open it where that kind of file goes.` }], newerVersion: null };
  }
  const version = typeof data.version === 'number' ? data.version : DECK_FILE_VERSION;
  const newerVersion = version > DECK_FILE_VERSION ? version : null;
  if (newerVersion) problems.push({ where: 'file', message: `Written by a newer version of the app (deck format ${newerVersion}; this one reads ${DECK_FILE_VERSION}). What this version knows is shown; anything newer is left out.` });
  const parsed = v.safeParse(DeckSchema, wrapped ? data.deck : data);
  if (!parsed.success) return { deck: null, problems: [...problems, { where: 'deck', message: issueText(parsed.issues) }], newerVersion };
  const d = parsed.output;
  const cases: DeckCase[] = [];
  d.cases.forEach((raw, i) => {
    const where = `case ${i + 1}`;
    const c = v.safeParse(CaseSchema, raw);
    if (!c.success) return problems.push({ where, message: `${issueText(c.issues)}; left out.` });
    const o = c.output;
    const principles: DeckPrinciple[] = [];
    o.principles.forEach((rawP, j) => {
      const pWhere = `${where}, principle ${j + 1}`;
      const p = v.safeParse(PrincipleSchema, rawP);
      if (!p.success) return problems.push({ where: pWhere, message: `${issueText(p.issues)}; left out.` });
      const principle: DeckPrinciple = { label: p.output.label?.trim() || `Principle ${j + 1}`, text: p.output.text };
      if (p.output.recording !== undefined) {
        const r = v.safeParse(RecordingSchema, p.output.recording);
        if (r.success) principle.recording = recordingOf(r.output);
        else problems.push({ where: pWhere, message: `its recording cannot be read (${issueText(r.issues)}): it runs live, with a model.` });
      }
      principles.push(principle);
    });
    if (principles.length === 0) return problems.push({ where, message: 'has no principle that can be read; left out.' });
    if (principles.length === 1) problems.push({ where, message: 'has only one principle: add a second one to contrast.' });
    const title = o.title?.trim() || o.prompt.trim().slice(0, 60) || `Case ${i + 1}`;
    cases.push({
      id: o.id?.trim() || `case-${now}-${i}`,
      title,
      ...(o.note?.trim() ? { note: o.note } : {}),
      prompt: o.prompt,
      candidates: o.candidates.map((x) => ({ name: x.name, text: x.text })),
      principles,
      mask: o.mask ?? true,
    });
  });
  const deck: Deck = {
    id: d.id?.trim() || `deck-${now}`,
    title: d.title?.trim() || 'Untitled deck',
    ...(d.description?.trim() ? { description: d.description } : {}),
    createdAt: d.createdAt ?? now,
    updatedAt: d.updatedAt ?? now,
    cases,
  };
  return { deck, problems, newerVersion };
}

function recordingOf(r: v.InferOutput<typeof RecordingSchema>): Recording {
  return {
    modelId: r.modelId,
    engine: r.engine,
    recordedAt: r.recordedAt,
    deltas: r.deltas.map(([t, s]) => [t, s]),
    maskedToReal: r.maskedToReal ? r.maskedToReal.map(([m, n]) => [m, n]) : null,
    result: { reasoning: r.result.reasoning, scores: r.result.scores.map(([n, s]) => [n, s]), ranking: [...r.result.ranking] },
  };
}
