import {
  describeReasoningBudget,
  REPLAY_SPEEDS,
  STARTING_JUDGMENT,
  recordingFromJudgment,
  replayLabel,
  setDeckRecording,
  slotKey,
  validateJudgeInput,
  type Deck,
  type DeckCase,
  type JudgmentRecord,
  type LiveJudgment,
  type ReplaySpeed,
} from '../../core/index.ts';
import { serializeError, type SerializedError } from '../../engine/errors.ts';
import { activeEngine, judgeConstraint } from '../judge/activeEngine.ts';
import { runJudgment } from '../judge/runJudgment.ts';
import { playRecording } from '../decks/replayPlayer.ts';
import type { SliceCreator } from './sliceCreator.ts';

/** What one principle of one case shows: a live run or a replay, as far as it has come. */
export interface PresentSlot {
  kind: 'live' | 'replay';
  /** "Replay — recorded with … on …", or "Live — <model>". */
  label: string;
  live: LiveJudgment;
  raw: string;
  done: boolean;
  /** Replays: recorded pieces shown so far, of `steps`. */
  step: number;
  steps: number;
  modelId: string;
  at: number;
  error: SerializedError | null;
  /** A live run whose reasoning the thinking budget cut: what the Playground says of it. */
  budgetNote?: string | null;
}

export interface PresentState {
  /** What is presented: a deck, or a one-case deck made of a judgment. */
  deck: Deck | null;
  caseIndex: number;
  principleIndex: number;
  /** The candidates' order on screen (and in a live run) per case id, after a shuffle. */
  order: Record<string, string[]>;
  raw: boolean;
  speed: ReplaySpeed;
  /** By slotKey(case id, principle index). */
  slots: Record<string, PresentSlot>;
  busy: 'live' | 'replay' | null;
  error: SerializedError | null;
}

export interface PresentActions {
  presentDeck(deck: Deck, caseIndex?: number): void;
  /** Presents a judgment: its case, its principle, and its result (replayable when its timing was kept). */
  presentJudgment(r: JudgmentRecord): void;
  nextCase(): void;
  previousCase(): void;
  nextPrinciple(): void;
  /** Judges the shown case under the shown principle with the user's engine (the normal judgment path). */
  runLive(): Promise<void>;
  /** Replays the shown principle's recording at the chosen speed; no engine is used. */
  replay(): Promise<void>;
  cycleSpeed(): void;
  setSpeed(s: ReplaySpeed): void;
  /** Shows the result at once: a replay jumps to its end, a recording not yet played is shown whole. */
  reveal(): void;
  shuffleCandidates(): void;
  toggleRaw(): void;
  stopPresent(): void;
}

export interface PresentSlice {
  present: PresentState;
  presentActions: PresentActions;
}

/** The shown case and its candidates in the order on screen. */
export function shownCase(p: PresentState): { kase: DeckCase; names: string[] } | null {
  const kase = p.deck?.cases[p.caseIndex];
  if (!kase) return null;
  const names = p.order[kase.id] ?? kase.candidates.map((c) => c.name);
  return { kase, names };
}

let abort: AbortController | null = null;

export const createPresentSlice: SliceCreator<PresentSlice> = (rawSet, rawGet) => {
  const get = () => rawGet().present;
  const set = (p: Partial<PresentState>) => rawSet((s) => ({ present: { ...s.present, ...p } }));
  const putSlot = (key: string, slot: Partial<PresentSlot>) =>
    rawSet((s) => {
      const old = s.present.slots[key];
      return { present: { ...s.present, slots: { ...s.present.slots, [key]: { ...(old as PresentSlot), ...slot } } } };
    });
  const stop = () => {
    abort?.abort();
    abort = null;
  };
  const goTo = (caseIndex: number, principleIndex: number) => {
    const deck = get().deck;
    if (!deck || caseIndex < 0 || caseIndex >= deck.cases.length) return;
    stop();
    set({ caseIndex, principleIndex, busy: null, error: null });
  };
  const shown = () => {
    const p = get();
    const s = shownCase(p);
    if (!s) return null;
    const principle = s.kase.principles[p.principleIndex];
    return principle ? { ...s, principle, key: slotKey(s.kase.id, p.principleIndex) } : null;
  };
  const actions: PresentActions = {
    presentDeck(deck, caseIndex = 0) {
      stop();
      set({ deck, caseIndex: Math.max(0, Math.min(caseIndex, deck.cases.length - 1)), principleIndex: 0, order: {}, slots: {}, raw: false, busy: null, error: null });
    },
    presentJudgment(r) {
      stop();
      const rec = recordingFromJudgment(r);
      const kase: DeckCase = {
        id: `judgment-${r.id}`,
        title: r.input.prompt.slice(0, 60) || 'This judgment',
        prompt: r.input.prompt,
        candidates: r.input.responses.map((c) => ({ name: c.name, text: c.text })),
        principles: [{ label: 'Principle', text: r.input.principle, ...(rec.ok ? { recording: rec.recording } : {}) }],
        mask: r.mask,
      };
      const deck: Deck = { id: `judgment-${r.id}`, title: 'A judgment', createdAt: r.createdAt, updatedAt: r.createdAt, cases: [kase] };
      const slots: Record<string, PresentSlot> = {};
      if (!rec.ok && r.parsed) {
        // Not replayable: its result is shown as it ended.
        slots[slotKey(kase.id, 0)] = {
          kind: 'live',
          label: `Result — judged with ${r.engine.modelId} on ${new Date(r.createdAt).toISOString().slice(0, 10)} (${rec.reason})`,
          live: { phase: 'done', reasoning: r.parsed.reasoning, scores: r.parsed.scores, ranking: r.parsed.ranking, chars: r.raw.length, maskedToReal: r.maskedToReal },
          raw: r.raw,
          done: true,
          step: 0,
          steps: 0,
          modelId: r.engine.modelId,
          at: r.createdAt,
          error: null,
        };
      }
      set({ deck, caseIndex: 0, principleIndex: 0, order: {}, slots, raw: false, busy: null, error: null });
    },
    nextCase() {
      goTo(get().caseIndex + 1, 0);
    },
    previousCase() {
      goTo(get().caseIndex - 1, 0);
    },
    nextPrinciple() {
      const s = shown();
      if (!s) return;
      stop();
      set({ principleIndex: (get().principleIndex + 1) % s.kase.principles.length, busy: null, error: null });
    },
    async runLive() {
      const s = shown();
      if (!s || get().busy) return;
      const byName = new Map(s.kase.candidates.map((c) => [c.name, c]));
      const input = { principle: s.principle.text, prompt: s.kase.prompt, responses: s.names.map((n) => byName.get(n)!).filter(Boolean) };
      const valid = validateJudgeInput(input);
      if (!valid.ok) {
        set({ error: { kind: 'invalid-input', message: valid.errors.map((e) => e.message).join(' '), advice: 'Fix the case in Decks.' } });
        return;
      }
      let eng;
      let release: () => void;
      try {
        eng = await activeEngine(rawGet());
        release = rawGet().engineLeaseActions.acquireEngine('present', eng.engine.kind);
      } catch (e) {
        set({ error: serializeError(e) });
        return;
      }
      stop();
      const a = new AbortController();
      abort = a;
      const { key } = s;
      const deckId = get().deck?.id;
      const { principleIndex } = get();
      set({ busy: 'live', error: null });
      putSlot(key, { kind: 'live', label: `Live — ${eng.ref.modelId}`, live: STARTING_JUDGMENT, raw: '', done: false, step: 0, steps: 0, modelId: eng.ref.modelId, at: Date.now(), error: null, budgetNote: null });
      try {
        const record = await runJudgment({
          engine: eng.engine,
          engineRef: eng.ref,
          input,
          mask: s.kase.mask,
          sampling: rawGet().settings.sampling,
          constraint: judgeConstraint(rawGet(), eng.engine.kind),
          signal: a.signal,
          tag: 'present',
          onLive: (live) => putSlot(key, { live }),
        });
        putSlot(key, {
          raw: record.raw,
          done: true,
          error: record.error && record.status === 'error' ? record.error : null,
          budgetNote: record.reasoningBudget?.cut ? describeReasoningBudget(record.reasoningBudget) : null,
        });
        // The first run of a principle of one of the user's decks becomes its recording, to present without a model.
        const rec = recordingFromJudgment(record);
        const deck = get().deck;
        if (rec.ok && deck && deck.id === deckId && !s.principle.recording) {
          set({ deck: setDeckRecording(deck, s.kase.id, principleIndex, rec.recording) });
          void rawGet().decksActions.setDeckRecording(deck.id, s.kase.id, principleIndex, rec.recording);
        }
      } catch (e) {
        putSlot(key, { done: true, error: serializeError(e) });
      } finally {
        release();
        if (abort === a) abort = null;
        set({ busy: null });
      }
    },
    async replay() {
      const s = shown();
      const rec = s?.principle.recording;
      if (!s || !rec) return;
      stop();
      const a = new AbortController();
      abort = a;
      const { key } = s;
      set({ busy: 'replay', error: null });
      putSlot(key, { kind: 'replay', label: replayLabel(rec), live: STARTING_JUDGMENT, raw: '', done: false, step: 0, steps: rec.deltas.length, modelId: rec.modelId, at: rec.recordedAt, error: null });
      await playRecording(rec, get().speed, s.kase.candidates.map((c) => c.name), (f) => putSlot(key, { live: f.live, raw: f.raw, step: f.step, done: f.done }), a.signal);
      if (abort !== a) return;
      abort = null;
      set({ busy: null });
    },
    cycleSpeed() {
      const i = REPLAY_SPEEDS.indexOf(get().speed);
      set({ speed: REPLAY_SPEEDS[(i + 1) % REPLAY_SPEEDS.length]! });
    },
    setSpeed(speed) {
      set({ speed });
    },
    reveal() {
      const s = shown();
      const rec = s?.principle.recording;
      if (!s || !rec || get().busy === 'live') return;
      stop();
      set({ busy: null });
      const raw = rec.deltas.map(([, t]) => t).join('');
      const r = rec.result;
      putSlot(s.key, { kind: 'replay', label: replayLabel(rec), live: { phase: 'done', reasoning: r.reasoning, scores: r.scores, ranking: r.ranking, chars: raw.length, maskedToReal: rec.maskedToReal }, raw, done: true, step: rec.deltas.length, steps: rec.deltas.length, modelId: rec.modelId, at: rec.recordedAt, error: null });
    },
    shuffleCandidates() {
      const s = shown();
      if (!s || get().busy === 'live') return;
      const names = [...s.names];
      // A new order that differs from the current one whenever there are two or more candidates.
      for (let tries = 0; tries < 10; tries++) {
        for (let i = names.length - 1; i > 0; i--) {
          const j = Math.floor(Math.random() * (i + 1));
          [names[i], names[j]] = [names[j]!, names[i]!];
        }
        if (names.join('\u0000') !== s.names.join('\u0000')) break;
      }
      set({ order: { ...get().order, [s.kase.id]: names } });
    },
    toggleRaw() {
      set({ raw: !get().raw });
    },
    stopPresent() {
      stop();
      set({ busy: null });
    },
  };
  return {
    present: { deck: null, caseIndex: 0, principleIndex: 0, order: {}, raw: false, speed: 1, slots: {}, busy: null, error: null },
    presentActions: actions,
  };
};
