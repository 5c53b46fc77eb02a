import { useSyncExternalStore } from 'react';

export const ROUTES = [
  { id: 'playground', label: 'Playground', key: '1' },
  { id: 'compare', label: 'Compare', key: '2' },
  { id: 'bench', label: 'Benchmark', key: '3' },
  { id: 'models', label: 'Models', key: '4' },
  { id: 'library', label: 'Library', key: '5' },
  { id: 'settings', label: 'Settings', key: '6' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

/** Routes live in the hash (#/bench) so the app works from any static host and from file-less offline caches. */
export function parseRoute(hash: string): RouteId {
  const m = /^#\/([a-z]+)/.exec(hash);
  const id = m?.[1];
  return (ROUTES.find((r) => r.id === id)?.id ?? 'playground') as RouteId;
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash));
}

export function navigate(id: RouteId): void {
  window.location.hash = `#/${id}`;
}
