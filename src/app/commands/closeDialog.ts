import type { Command } from './types.ts';

/** The browser closes a modal `<dialog>` on Esc itself: listed, not handled. */
export const closeDialog = {
  id: 'close-dialog',
  label: 'Close a dialog',
  scope: 'anywhere',
  enabled: () => false,
} as const satisfies Command;
