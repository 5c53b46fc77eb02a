import type { Command } from './types.ts';

export const showShortcuts = {
  id: 'show-shortcuts',
  label: 'Show this list',
  scope: 'outside-text',
  enabled: () => true,
  perform: ({ openShortcuts }) => openShortcuts(),
} as const satisfies Command;
