import type { SliceCreator } from './sliceCreator.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface ThemeSlice {
  /** Kept as a preference (persisted with the others). */
  theme: { choice: ThemeChoice };
  themeActions: { setTheme(t: ThemeChoice): void };
}

export function applyTheme(t: ThemeChoice): void {
  const dark = t === 'dark' || (t === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
}

/** While the choice is "system", a live change of the OS theme (or the browser's) is followed at once. */
export function followSystemTheme(current: () => ThemeChoice): () => void {
  const query = matchMedia('(prefers-color-scheme: dark)');
  const onChange = () => {
    if (current() === 'system') applyTheme('system');
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export const createThemeSlice: SliceCreator<ThemeSlice> = (set) => ({
  theme: { choice: 'system' },
  themeActions: {
    setTheme(choice) {
      set({ theme: { choice } });
    },
  },
});
