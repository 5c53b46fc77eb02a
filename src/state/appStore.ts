import { createAppStore } from './store.ts';
import { applyTheme } from './slices/theme.ts';
import { webllm } from './engineHost.ts';
import { PREFS_KEY, takePrefResets } from './persist/prefsPersist.ts';

/** The app's one store, wired to the page: other tabs' preferences, the theme, the browser engine's worker. */
export const useAppStore = createAppStore();

// Stored settings that were broken were reset while the store was made: say which, once.
const resets = takePrefResets();
if (resets.length > 0) {
  useAppStore.getState().toastsActions.showToast({ message: `Some saved settings were not valid and were reset to their defaults: ${resets.join(', ')}.` });
}

// Preferences changed in another tab apply here too (and a later change here does not put the old ones back).
window.addEventListener('storage', (e) => {
  if (e.key === PREFS_KEY) void useAppStore.persist.rehydrate();
});

// The theme follows the preference however it changes (this tab's Settings, another tab's).
useAppStore.subscribe((s, prev) => {
  if (s.theme.choice !== prev.theme.choice) applyTheme(s.theme.choice);
});

// A worker that dies on its own takes the loaded model with it: say so where the model state is shown.
webllm().onCrash = (e) =>
  useAppStore.setState((s) => ({
    models: { ...s.models, load: { ...s.models.load, status: 'error', error: { kind: e.kind, message: e.message, advice: e.advice, raw: e.details.raw } } },
  }));
