import { useSyncExternalStore } from 'react';
import { parseRoute, type RouteId } from '../components/routes.ts';

export { ROUTES, navigate, parseRoute, type RouteId } from '../components/routes.ts';

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash));
}
