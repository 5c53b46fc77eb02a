import { heldIds, isThisTab } from '../tabLocks.ts';
import { STARTING_JUDGMENT, shortenAtWord, validateJudgeInput, workspaceInput, type JudgmentRecord } from '../../core/index.ts';
import { runJudgment } from '../judge/runJudgment.ts';
import type { LiveJudgment } from '../../core/index.ts';
import { activeEngine, judgeConstraint } from '../judge/activeEngine.ts';
import { PLAYGROUND_RETRY, retryingEngine } from '../judge/retryingEngine.ts';
import { serializeError, type SerializedError } from '../../engine/errors.ts';
import { deleteJudgment, listJudgments, markInterrupted, putJudgment } from '../persist/judgments.ts';
import type { SliceCreator } from './sliceCreator.ts';

let historyRecheck: ReturnType<typeof setTimeout> | undefined;

/** The playground's judgment waits to retry: attempt `attempt` of `of` starts at `at` (epoch ms). */
export interface PlaygroundRetry {
  attempt: number;
  of: number;
  at: number;
  /** Why: the server's error. */
  reason: string;
}

export interface PlaygroundState {
  /** What the playground shows: the live run, or the last/opened record. */
  live: LiveJudgment | null;
  running: boolean;
  /** Set while a failed request (429 / 5xx from a server) waits for its next attempt. */
  retrying: PlaygroundRetry | null;
  shown: JudgmentRecord | null;
  runError: SerializedError | null;
  /** Every stored judgment, newest first. */
  history: JudgmentRecord[];
  historyLoaded: boolean;
}

export interface PlaygroundActions {
  runPlayground(): Promise<void>;
  stopPlayground(): void;
  showJudgment(r: JudgmentRecord | null): void;
  loadHistory(): Promise<void>;
  /** Deletes a judgment from the history, offering to undo. */
  removeJudgment(id: string): Promise<void>;
  /** Puts a deleted judgment back in the history, where its time places it, and stores it again (undo of a delete). */
  restoreJudgment(r: JudgmentRecord): Promise<void>;
}

export interface PlaygroundSlice {
  playground: PlaygroundState;
  playgroundActions: PlaygroundActions;
}

let playgroundAbort: AbortController | null = null;
/** From the press of Run until the judgment is running: a second press meanwhile (a double click) starts nothing. */
let starting = false;

export const createPlaygroundSlice: SliceCreator<PlaygroundSlice> = (rawSet, rawGet) => {
  const get = () => rawGet().playground;
  const set = (p: Partial<PlaygroundState> | ((s: PlaygroundState) => Partial<PlaygroundState>)) =>
    rawSet((s) => ({ playground: { ...s.playground, ...(typeof p === 'function' ? p(s.playground) : p) } }));
  const actions: PlaygroundActions = {
    async runPlayground() {
      if (get().running || starting) return;
      const w = rawGet().workspace.current;
      const input = workspaceInput(w);
      const valid = validateJudgeInput(input);
      if (!valid.ok) {
        set({ runError: { kind: 'invalid-input', message: valid.errors.map((e) => e.message).join(' '), advice: 'Fix the highlighted fields and run again.' } });
        return;
      }
      let eng;
      let release: () => void;
      starting = true;
      try {
        eng = await activeEngine(rawGet());
        release = rawGet().engineLeaseActions.acquireEngine('playground', eng.engine.kind);
      } catch (e) {
        set({ runError: serializeError(e) });
        return;
      } finally {
        starting = false;
      }
      const abort = new AbortController();
      playgroundAbort = abort;
      set({ running: true, runError: null, live: STARTING_JUDGMENT, shown: null });
      try {
        const engine =
          eng.engine.kind === 'openai'
            ? retryingEngine(eng.engine, PLAYGROUND_RETRY, {
                onRetry: (r) => set({ retrying: { attempt: r.attempt, of: r.of, at: Date.now() + r.delayMs, reason: r.error.message } }),
                onAttempt: () => set({ retrying: null }),
              })
            : eng.engine;
        const record = await runJudgment({
          engine,
          engineRef: eng.ref,
          input,
          mask: w.mask,
          sampling: rawGet().settings.sampling,
        constraint: judgeConstraint(rawGet(), eng.engine.kind),
          signal: abort.signal,
          onLive: (live) => set({ live }),
        });
        set((s) => ({ shown: record, history: [record, ...s.history.filter((h) => h.id !== record.id)], runError: record.error && record.status === 'error' && !record.raw ? record.error : null }));
      } catch (e) {
        set({ runError: serializeError(e) });
      } finally {
        release();
        playgroundAbort = null;
        set({ running: false, retrying: null });
      }
    },
    stopPlayground() {
      playgroundAbort?.abort();
    },
    showJudgment(shown) {
      set({ shown, live: null, runError: null });
    },
    async loadHistory() {
      clearTimeout(historyRecheck);
      await markInterrupted(await heldIds('tab'));
      const stored = await listJudgments();
      // A judgment of this tab that ended while the list was read is newer in memory than in the list.
      const ended = new Map(get().history.filter((h) => h.status !== 'running').map((h) => [h.id, h]));
      const history = stored.flatMap((h) => (h.status !== 'running' ? [h] : isThisTab(h.tabId) ? [] : [ended.get(h.id) ?? h]));
      set({ history, historyLoaded: true, shown: get().shown ?? history[0] ?? null });
      // A judgment still running belongs to a tab at work (possibly a page that was just reloaded, whose lock the browser
      // releases a moment later): look again until it has finished or is known to be cut off.
      if (stored.some((h) => h.status === 'running')) historyRecheck = setTimeout(() => void actions.loadHistory(), 2000);
    },
    async removeJudgment(id) {
      const gone = get().history.find((h) => h.id === id);
      await deleteJudgment(id);
      set((s) => ({ history: s.history.filter((h) => h.id !== id), shown: s.shown?.id === id ? null : s.shown }));
      if (!gone) return;
      const what = shortenAtWord(gone.input.principle, 50) || 'with no principle';
      rawGet().toastsActions.offerUndo(`Deleted the judgment “${what}” from the history.`, () => void actions.restoreJudgment(gone));
    },
    async restoreJudgment(r) {
      set((s) => ({ history: [...s.history.filter((h) => h.id !== r.id), r].sort((a, b) => b.createdAt - a.createdAt), shown: s.shown ?? r }));
      try {
        await putJudgment(r);
        rawGet().saveStatusActions.reportSave('history', null);
      } catch (e) {
        // It stays on screen; the save alert says it is not stored.
        rawGet().saveStatusActions.reportSave('history', e);
      }
    },
  };
  return {
    playground: { live: null, running: false, retrying: null, shown: null, runError: null, history: [], historyLoaded: false },
    playgroundActions: actions,
  };
};
