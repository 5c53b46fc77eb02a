import type { Command } from './types.ts';

export const runJudgment = {
  id: 'run-judgment',
  label: 'Run the judgment (Playground)',
  scope: 'anywhere',
  enabled: ({ route, state }) => route === 'playground' && !state.playground.running,
  perform: ({ state }) => void state.playgroundActions.runPlayground(),
} as const satisfies Command;
