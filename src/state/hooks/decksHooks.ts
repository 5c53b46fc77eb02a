import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ModelsAtHand } from '../../core/index.ts';
import { catalogOf } from '../../engine/webllm/catalog.ts';
import { useAppStore } from '../appStore.ts';

/** The user's own decks (the starter deck is STARTER_DECK in core). */
export const useUserDecks = () => useAppStore((s) => s.decks.list);
export const useDecksLoaded = () => useAppStore((s) => s.decks.loaded);
export const useStoredDeckProblems = () => useAppStore((s) => s.decks.problems);
export const useDecksActions = () => useAppStore((s) => s.decksActions);
/** What presentation mode shows: the deck, where it is, and each principle's live run or replay. */
export const usePresent = () => useAppStore((s) => s.present);
export const usePresentActions = () => useAppStore((s) => s.presentActions);

/**
 * The models the user can judge with here, to tell which of a deck's recorded models they lack: browser models
 * downloaded in full or loaded, the server's model when one is set up, the catalog, and what a live run would use.
 */
export function useModelsAtHand(): ModelsAtHand {
  const { cache, load, userModels, engineKind, server } = useAppStore(
    useShallow((s) => ({ cache: s.models.cache, load: s.models.load, userModels: s.models.userModels, engineKind: s.settings.engineKind, server: s.settings.server })),
  );
  return useMemo(() => {
    const browser = Object.values(cache).filter((c) => c.complete).map((c) => c.modelId);
    const ready = load.status === 'ready' ? load.modelId : null;
    if (ready) browser.push(ready);
    const serverModel = server.baseUrl.trim() && server.model.trim() ? server.model.trim() : null;
    const current = engineKind === 'openai' ? serverModel : ready;
    return { browser, server: serverModel, catalog: catalogOf(userModels).map((m) => m.id), current };
  }, [cache, load.status, load.modelId, userModels, engineKind, server.baseUrl, server.model]);
}
