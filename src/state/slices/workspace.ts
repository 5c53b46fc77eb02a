import { loadWorkspace, saveWorkspaceFields } from '../persist/workspaceDb.ts';
import { EXAMPLE_WORKSPACE, isBlankWork, nextCandidateName, renameInRanking, restoreCleared, sameWork, type Candidate, type MyRanking, type OpenableCase, type Workspace } from '../../core/index.ts';
import type { SliceCreator } from './sliceCreator.ts';

export type { Candidate, OpenableCase, Workspace };

/** A case waiting for the user to say whether it may replace the work on screen. */
export interface PendingOpen {
  case: OpenableCase;
  /** What is being opened, in words: "the shared link", "judgment.json". */
  source: string;
  then?: () => void;
}

export interface WorkspaceState {
  /** What is on the Playground now (stored in IndexedDB, shared live with the other tabs). */
  current: Workspace;
  pendingOpen: PendingOpen | null;
}

export interface WorkspaceActions {
  setPrinciple(t: string): void;
  setPrompt(t: string): void;
  setMask(m: boolean): void;
  /** The user's own ranking of the candidates (null: none given). */
  setMyRanking(r: MyRanking | null): void;
  /** Hide the model's answer until the user's ranking is saved. */
  setBlind(b: boolean): void;
  addCandidate(text?: string): void;
  updateCandidate(key: string, patch: Partial<Omit<Candidate, 'key'>>): void;
  removeCandidate(key: string): void;
  duplicateCandidate(key: string): void;
  moveCandidate(key: string, delta: number): void;
  replaceCandidates(list: Array<{ name: string; text: string }>): void;
  /** Empties the list, offering to undo (the cleared candidates come back, and any added since stay). */
  clearCandidates(): void;
  loadCase(c: OpenableCase): void;
  /**
   * Opens a case from a file, a link or the history. Work on screen that would be lost (typed, not the example, not
   * what was last opened) is not replaced without a question: the case waits in `pendingOpen`. `then` runs once the
   * case is in; a replace that loses work offers an undo.
   */
  openCase(c: OpenableCase, source: string, then?: () => void): void;
  confirmOpen(): void;
  cancelOpen(): void;
  /** Puts a whole workspace back (undo of a replace). */
  restoreWorkspace(w: Workspace): void;
  /** Reads the stored workspace (moving an old localStorage copy over) and joins the other tabs' live workspace. */
  hydrateWorkspace(): Promise<void>;
  /** Writes again what a failed save left unsaved. */
  retryWorkspaceSave(): void;
}

export interface WorkspaceSlice {
  workspace: WorkspaceState;
  workspaceActions: WorkspaceActions;
}

let seq = 0;
const newKey = () => `c${Date.now().toString(36)}${(seq++).toString(36)}`;

/** Every tab of the browser shows one live workspace: each edit is sent to the others as the fields it changed. */
const CHANNEL = 'rewardanything-workspace';
let channel: BroadcastChannel | null = null;

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (set, get) => {
  // Writes are coalesced: while one is in flight, later edits wait and go in one write. After a failure the fields
  // stay pending (still on screen) and go with the next edit or a retry.
  let pending: Partial<Workspace> = {};
  let writing = false;
  // Fields the user changed in this tab; the stored copy, read once at start, never overwrites them.
  const changedHere = new Set<string>();
  const flush = async () => {
    if (writing) return;
    writing = true;
    try {
      while (Object.keys(pending).length > 0) {
        const batch = pending;
        pending = {};
        try {
          await saveWorkspaceFields(batch);
          get().saveStatusActions.reportSave('workspace', null);
        } catch (e) {
          pending = { ...batch, ...pending };
          get().saveStatusActions.reportSave('workspace', e);
          return;
        }
      }
    } finally {
      writing = false;
    }
  };
  const current = () => get().workspace.current;
  const show = (patch: Partial<Workspace>) => set((s) => ({ workspace: { ...s.workspace, current: { ...s.workspace.current, ...patch } } }));
  const setPending = (pendingOpen: PendingOpen | null) => set((s) => ({ workspace: { ...s.workspace, pendingOpen } }));
  const update = (patch: Partial<Workspace>) => {
    show(patch);
    for (const field of Object.keys(patch)) changedHere.add(field);
    pending = { ...pending, ...patch };
    void flush();
    channel?.postMessage(patch);
  };
  const cands = () => current().candidates;
  // What was last opened from a file or link: that work can be opened again, so replacing it needs no question.
  let lastOpened: Workspace | null = null;
  const asCase = (c: OpenableCase) => ({ principle: c.principle, prompt: c.prompt, candidates: c.responses });
  const disposable = (w: Workspace) => isBlankWork(w) || sameWork(w, EXAMPLE_WORKSPACE) || (lastOpened !== null && sameWork(w, lastOpened));
  const replaceWith = ({ case: c, source, then }: PendingOpen) => {
    const before = current();
    const undoable = !isBlankWork(before) && !sameWork(before, EXAMPLE_WORKSPACE) && !sameWork(before, asCase(c));
    actions.loadCase(c);
    lastOpened = current();
    setPending(null);
    then?.();
    if (undoable) {
      get().toastsActions.showToast({ message: `Opened ${source} in place of your previous work.`, action: { label: 'Undo', run: () => actions.restoreWorkspace(before) } });
    }
  };
  const actions: WorkspaceActions = {
    openCase(c, source, then) {
      const pending = { case: c, source, then };
      const w = current();
      if (disposable(w) || sameWork(w, asCase(c))) return replaceWith(pending);
      setPending(pending);
    },
    confirmOpen() {
      const p = get().workspace.pendingOpen;
      if (p) replaceWith(p);
    },
    cancelOpen: () => setPending(null),
    setPrinciple: (principle) => update({ principle }),
    setPrompt: (prompt) => update({ prompt }),
    setMask: (mask) => update({ mask }),
    setMyRanking: (myRanking) => update({ myRanking }),
    setBlind: (blind) => update({ blind }),
    addCandidate(text = '') {
      update({ candidates: [...cands(), { key: newKey(), name: nextCandidateName(cands().map((c) => c.name)), text }] });
    },
    updateCandidate(key, patch) {
      const before = cands().find((c) => c.key === key);
      const renamed = before && patch.name !== undefined && patch.name !== before.name;
      update({
        candidates: cands().map((c) => (c.key === key ? { ...c, ...patch } : c)),
        ...(renamed ? { myRanking: renameInRanking(current().myRanking, before.name, patch.name!) } : {}),
      });
    },
    removeCandidate(key) {
      update({ candidates: cands().filter((c) => c.key !== key) });
    },
    duplicateCandidate(key) {
      const list = cands();
      const i = list.findIndex((c) => c.key === key);
      const src = list[i];
      if (!src) return;
      const copy = { key: newKey(), name: nextCandidateName(list.map((c) => c.name)), text: src.text };
      update({ candidates: [...list.slice(0, i + 1), copy, ...list.slice(i + 1)] });
    },
    moveCandidate(key, delta) {
      const list = [...cands()];
      const i = list.findIndex((c) => c.key === key);
      const j = i + delta;
      if (i < 0 || j < 0 || j >= list.length) return;
      const [item] = list.splice(i, 1);
      list.splice(j, 0, item!);
      update({ candidates: list });
    },
    replaceCandidates(list) {
      update({ candidates: list.map((c) => ({ key: newKey(), name: c.name, text: c.text })) });
    },
    clearCandidates() {
      const cleared = cands();
      if (cleared.length === 0) return;
      update({ candidates: [] });
      const what = cleared.length === 1 ? `the candidate “${cleared[0]!.name}”` : `${cleared.length} candidates`;
      get().toastsActions.offerUndo(`Cleared ${what}.`, () => update({ candidates: restoreCleared(cleared, cands(), nextCandidateName) }));
    },
    loadCase(c) {
      update({
        principle: c.principle,
        prompt: c.prompt,
        candidates: c.responses.map((r) => ({ key: newKey(), name: r.name, text: r.text })),
        mask: c.mask ?? current().mask,
        // Another case: the ranking given for this one does not apply.
        myRanking: null,
      });
    },
    restoreWorkspace: (w) => update(w),
    retryWorkspaceSave: () => void flush(),
    async hydrateWorkspace() {
      try {
        const stored = await loadWorkspace();
        if (stored) {
          const untouched = Object.fromEntries(Object.entries(stored).filter(([field]) => !changedHere.has(field)));
          show(untouched);
        }
      } catch (e) {
        get().saveStatusActions.reportSave('workspace', e);
      }
      if (channel || typeof BroadcastChannel === 'undefined') return;
      channel = new BroadcastChannel(CHANNEL);
      // The sending tab stores the change; this one only shows it.
      channel.onmessage = (ev: MessageEvent<Partial<Workspace>>) => show(ev.data);
    },
  };
  return { workspace: { current: EXAMPLE_WORKSPACE, pendingOpen: null }, workspaceActions: actions };
};
