import { useAppStore } from '../appStore.ts';

/** The user's own decks (the starter deck is STARTER_DECK in core). */
export const useUserDecks = () => useAppStore((s) => s.decks.list);
export const useDecksLoaded = () => useAppStore((s) => s.decks.loaded);
export const useStoredDeckProblems = () => useAppStore((s) => s.decks.problems);
export const useDecksActions = () => useAppStore((s) => s.decksActions);
/** What presentation mode shows: the deck, where it is, and each principle's live run or replay. */
export const usePresent = () => useAppStore((s) => s.present);
export const usePresentActions = () => useAppStore((s) => s.presentActions);
