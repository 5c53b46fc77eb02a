import { ROUTES, type RouteId } from '../useRoute.ts';
import type { Command } from './types.ts';

const goTo = <Id extends RouteId>(id: Id) =>
  ({
    id: `go-${id}`,
    label: `Go to ${ROUTES.find((r) => r.id === id)!.label}`,
    scope: 'anywhere',
    enabled: () => true,
    perform: ({ navigate }) => navigate(id),
  }) as const satisfies Command;

export const goToPages = [goTo('playground'), goTo('compare'), goTo('bench'), goTo('models'), goTo('library'), goTo('settings'), goTo('decks'), goTo('present')] as const;
