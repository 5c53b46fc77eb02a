import type { StateCreator } from 'zustand';
import { loadWorkspace, saveWorkspaceFields } from '../persist/workspace.ts';
import { isBlankWork, restoreCleared, sameWork } from '../../core/index.ts';
import type { AppState } from '../store.ts';

export interface Candidate {
  /** Stable key for lists and focus; not shown. */
  key: string;
  name: string;
  text: string;
}

export interface Workspace {
  principle: string;
  prompt: string;
  candidates: Candidate[];
  mask: boolean;
}

/** A case as files, links and history hand it to the workspace. */
export interface OpenableCase {
  principle: string;
  prompt: string;
  responses: Array<{ name: string; text: string }>;
  mask?: boolean;
}

/** A case waiting for the user to say whether it may replace the work on screen. */
export interface PendingOpen {
  case: OpenableCase;
  /** What is being opened, in words: "the shared link", "judgment.json". */
  source: string;
  then?: () => void;
}

export interface WorkspaceSlice {
  workspace: Workspace;
  setPrinciple(t: string): void;
  setPrompt(t: string): void;
  setMask(m: boolean): void;
  addCandidate(text?: string): void;
  updateCandidate(key: string, patch: Partial<Omit<Candidate, 'key'>>): void;
  removeCandidate(key: string): void;
  duplicateCandidate(key: string): void;
  moveCandidate(key: string, delta: number): void;
  replaceCandidates(list: Array<{ name: string; text: string }>): void;
  /** Empties the list, offering to undo (the cleared candidates come back, and any added since stay). */
  clearCandidates(): void;
  loadCase(c: OpenableCase): void;
  pendingOpen: PendingOpen | null;
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

let seq = 0;
export const newKey = () => `c${Date.now().toString(36)}${(seq++).toString(36)}`;

/** A, B, …, Z, AA, AB, … — the first name not taken. */
export function nextCandidateName(taken: string[]): string {
  const set = new Set(taken);
  for (let i = 0; ; i++) {
    let n = i;
    let name = '';
    do {
      name = String.fromCharCode(65 + (n % 26)) + name;
      n = Math.floor(n / 26) - 1;
    } while (n >= 0);
    if (!set.has(name)) return name;
  }
}

export const EXAMPLE_WORKSPACE: Workspace = {
  principle:
    'Prefer the response that answers the question correctly and completely. Among correct responses, prefer the more concise one. Penalize any factual error heavily.',
  prompt: 'What causes the seasons on Earth?',
  candidates: [
    { key: 'c-a', name: 'A', text: "The seasons are caused by the tilt of Earth's axis (about 23.4°): as Earth orbits the Sun, each hemisphere is tilted toward the Sun for part of the year, getting more direct sunlight and longer days (summer), and tilted away for the other part (winter)." },
    { key: 'c-b', name: 'B', text: 'Seasons happen because Earth is closer to the Sun in summer and farther away in winter.' },
    { key: 'c-c', name: 'C', text: "Earth's axial tilt. When your hemisphere leans toward the Sun, sunlight hits it more directly and days are longer, so it is summer; when it leans away, it is winter. Distance from the Sun barely matters — Earth is actually closest to the Sun in early January." },
  ],
  mask: true,
};

/** Every tab of the browser shows one live workspace: each edit is sent to the others as the fields it changed. */
const CHANNEL = 'rewardanything-workspace';
let channel: BroadcastChannel | null = null;

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => {
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
          get().reportSave('workspace', null);
        } catch (e) {
          pending = { ...batch, ...pending };
          get().reportSave('workspace', e);
          return;
        }
      }
    } finally {
      writing = false;
    }
  };
  const update = (patch: Partial<Workspace>) => {
    set({ workspace: { ...get().workspace, ...patch } });
    for (const field of Object.keys(patch)) changedHere.add(field);
    pending = { ...pending, ...patch };
    void flush();
    channel?.postMessage(patch);
  };
  const cands = () => get().workspace.candidates;
  // What was last opened from a file or link: that work can be opened again, so replacing it needs no question.
  let lastOpened: Workspace | null = null;
  const asCase = (c: OpenableCase) => ({ principle: c.principle, prompt: c.prompt, candidates: c.responses });
  const disposable = (w: Workspace) => isBlankWork(w) || sameWork(w, EXAMPLE_WORKSPACE) || (lastOpened !== null && sameWork(w, lastOpened));
  const replaceWith = ({ case: c, source, then }: PendingOpen) => {
    const before = get().workspace;
    const undoable = !isBlankWork(before) && !sameWork(before, EXAMPLE_WORKSPACE) && !sameWork(before, asCase(c));
    get().loadCase(c);
    lastOpened = get().workspace;
    set({ pendingOpen: null });
    then?.();
    if (undoable) {
      get().showToast({ message: `Opened ${source} in place of your previous work.`, action: { label: 'Undo', run: () => get().restoreWorkspace(before) } });
    }
  };
  return {
    workspace: EXAMPLE_WORKSPACE,
    pendingOpen: null,
    openCase(c, source, then) {
      const pending = { case: c, source, then };
      const w = get().workspace;
      if (disposable(w) || sameWork(w, asCase(c))) return replaceWith(pending);
      set({ pendingOpen: pending });
    },
    confirmOpen() {
      const p = get().pendingOpen;
      if (p) replaceWith(p);
    },
    cancelOpen: () => set({ pendingOpen: null }),
    setPrinciple: (principle) => update({ principle }),
    setPrompt: (prompt) => update({ prompt }),
    setMask: (mask) => update({ mask }),
    addCandidate(text = '') {
      update({ candidates: [...cands(), { key: newKey(), name: nextCandidateName(cands().map((c) => c.name)), text }] });
    },
    updateCandidate(key, patch) {
      update({ candidates: cands().map((c) => (c.key === key ? { ...c, ...patch } : c)) });
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
      get().offerUndo(`Cleared ${what}.`, () => update({ candidates: restoreCleared(cleared, cands(), nextCandidateName) }));
    },
    loadCase(c) {
      update({
        principle: c.principle,
        prompt: c.prompt,
        candidates: c.responses.map((r) => ({ key: newKey(), name: r.name, text: r.text })),
        mask: c.mask ?? get().workspace.mask,
      });
    },
    restoreWorkspace: (w) => update(w),
    retryWorkspaceSave: () => void flush(),
    async hydrateWorkspace() {
      try {
        const stored = await loadWorkspace();
        if (stored) {
          const untouched = Object.fromEntries(Object.entries(stored).filter(([field]) => !changedHere.has(field)));
          set({ workspace: { ...get().workspace, ...untouched } });
        }
      } catch (e) {
        get().reportSave('workspace', e);
      }
      if (channel || typeof BroadcastChannel === 'undefined') return;
      channel = new BroadcastChannel(CHANNEL);
      // The sending tab stores the change; this one only shows it.
      channel.onmessage = (ev: MessageEvent<Partial<Workspace>>) => set({ workspace: { ...get().workspace, ...ev.data } });
    },
  };
};
