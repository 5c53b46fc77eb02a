import { useEffect } from 'react';
import { useAppStore } from '../../state/index.ts';
import { navigate, parseRoute } from '../useRoute.ts';
import { commandForKey } from './commandForKey.ts';

/** The one keyboard handler of the app: each key press runs the command the registry gives it, if any. */
export function useCommandKeys(openShortcuts: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctx = { state: useAppStore.getState(), route: parseRoute(window.location.hash), target: e.target, navigate, openShortcuts };
      const command = commandForKey(e, ctx);
      if (!command?.perform) return;
      e.preventDefault();
      command.perform(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openShortcuts]);
}
