/** The pages of the app, their ids in the hash (#/bench) and their Alt+digit keys: below everything that links. */
export const ROUTES = [
  { id: 'playground', label: 'Playground', key: '1' },
  { id: 'compare', label: 'Compare', key: '2' },
  { id: 'bench', label: 'Benchmark', key: '3' },
  { id: 'models', label: 'Models', key: '4' },
  { id: 'library', label: 'Library', key: '5' },
  { id: 'settings', label: 'Settings', key: '6' },
  { id: 'decks', label: 'Decks', key: '7' },
  { id: 'present', label: 'Present', key: '8' },
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

/** Routes live in the hash (#/bench) so the app works from any static host and from file-less offline caches. */
export function parseRoute(hash: string): RouteId {
  const m = /^#\/([a-z]+)/.exec(hash);
  return ROUTES.find((r) => r.id === m?.[1])?.id ?? 'playground';
}

/** The link to a page, for an `href`. */
export const routeHref = (id: RouteId): string => `#/${id}`;

export function navigate(id: RouteId): void {
  window.location.hash = routeHref(id);
}
