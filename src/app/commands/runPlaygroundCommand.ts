import type { Command } from './types.ts';

export const runJudgment = {
  id: 'run-judgment',
  label: 'Run the judgment (Playground)',
  scope: 'anywhere',
  enabled: ({ route, state }) => route === 'playground' && !state.running,
  perform: ({ state }) => void state.runPlayground(),
} as const satisfies Command;
