import { EngineError } from '../../engine/errors.ts';
import type { SliceCreator } from './sliceCreator.ts';

/** The parts of the app that judge with an engine. */
export type EngineUser = 'playground' | 'compare' | 'benchmark' | 'device-benchmark' | 'present' | 'suite';

const WHO: Record<EngineUser, string> = {
  playground: 'A Playground judgment',
  compare: 'A comparison',
  benchmark: 'A benchmark run',
  'device-benchmark': 'The device benchmark',
  present: 'A judgment in presentation mode',
  suite: 'A suite run',
};

const HOW_TO_FREE: Record<EngineUser, string> = {
  playground: 'Stop it on the Playground, or wait for it to finish',
  compare: 'Stop it on the Compare page, or wait for it to finish',
  benchmark: 'Pause it on the Benchmark page, or wait for it to finish',
  'device-benchmark': 'Stop it on the Models page, or wait for it to finish',
  present: 'Stop it in presentation mode, or wait for it to finish',
  suite: 'Pause it in the Library (the principle\'s test suite), or wait for it to finish',
};

export interface EngineLeaseSlice {
  /** Who is using the browser engine now. It runs one judgment at a time; a server serves several, so it has none. */
  engineLease: { browserHolder: EngineUser | null };
  engineLeaseActions: {
    /**
     * Takes the engine of `kind` for `who` and returns the release (safe to call twice). The browser engine goes to
     * one user at a time: a second gets a 'busy' EngineError naming the holder and how to free it.
     */
    acquireEngine(who: EngineUser, kind: 'webllm' | 'openai'): () => void;
  };
}

export const createEngineLeaseSlice: SliceCreator<EngineLeaseSlice> = (set, get) => {
  // The lease now held: a release whose lease has since been replaced frees nothing.
  let held: object | null = null;
  return {
    engineLease: { browserHolder: null },
    engineLeaseActions: {
      acquireEngine(who, kind) {
        if (kind === 'openai') return () => {};
        const holder = get().engineLease.browserHolder;
        if (holder) {
          throw new EngineError('busy', `${WHO[holder]} is using the browser engine.`, `${HOW_TO_FREE[holder]}, then try again (or judge with a server, which runs several at once).`);
        }
        const lease = {};
        held = lease;
        set({ engineLease: { browserHolder: who } });
        return () => {
          if (held !== lease) return;
          held = null;
          set({ engineLease: { browserHolder: null } });
        };
      },
    },
  };
};
