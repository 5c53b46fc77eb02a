import type { Toast } from '../../state/index.ts';
import type { Command } from './types.ts';

const newestUndo = (toasts: readonly Toast[]) => toasts.findLast((t) => t.action?.label === 'Undo');

export const undoNewest = {
  id: 'undo-newest',
  label: 'Undo what the newest notice offers to undo (outside a text field)',
  scope: 'outside-text',
  enabled: ({ state }) => newestUndo(state.toasts.shown) !== undefined,
  perform: ({ state }) => {
    const t = newestUndo(state.toasts.shown);
    if (t) state.toastsActions.runToastAction(t.id);
  },
} as const satisfies Command;
