import type { StateCreator } from 'zustand';
import type { AppState } from '../store.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'ra:theme';

export interface ThemeSlice {
  theme: ThemeChoice;
  setTheme(t: ThemeChoice): void;
}

function readTheme(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
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

export const createThemeSlice: StateCreator<AppState, [], [], ThemeSlice> = (set) => ({
  theme: readTheme(),
  setTheme(theme) {
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      /* private mode: the choice lasts for this visit */
    }
    applyTheme(theme);
    set({ theme });
  },
});
