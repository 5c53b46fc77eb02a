import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { Shell } from './Shell.tsx';
import { useAppStore, followSystemTheme } from '../state/index.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
followSystemTheme(() => useAppStore.getState().theme.choice);
// The saved workspace is read before the first render, so nothing typed can race it.
void useAppStore
  .getState()
  .workspaceActions.hydrateWorkspace()
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <Shell />
      </StrictMode>,
    ),
  );

// The service worker makes the app shell available offline (see vite.config.ts); production builds only.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => {
      /* not fatal: the app works online without it */
    });
  });
}
