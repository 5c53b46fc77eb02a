import { useAppStore } from '../appStore.ts';

export const useLibrary = () => useAppStore((s) => s.library.principles);
export const useLibraryLoaded = () => useAppStore((s) => s.library.loaded);
export const useLibraryActions = () => useAppStore((s) => s.libraryActions);
