import type { Command, CommandContext } from './types.ts';

/** A command of presentation mode: its keys work there only, outside text fields, once something is presented. */
const presenting = ({ route, state }: CommandContext) => route === 'present' && state.present.deck !== null;

const inPresent = <Id extends string>(id: Id, label: string, perform: (ctx: CommandContext) => void, enabled: (ctx: CommandContext) => boolean = () => true) =>
  ({ id, label: `${label} (presentation)`, scope: 'outside-text', enabled: (ctx) => presenting(ctx) && enabled(ctx), perform }) as const satisfies Command;

export const presentCommands = [
  inPresent('present-next', 'Next case', ({ state }) => state.presentActions.nextCase()),
  inPresent('present-previous', 'Previous case', ({ state }) => state.presentActions.previousCase()),
  inPresent('present-principle', 'Switch to the next principle', ({ state }) => state.presentActions.nextPrinciple()),
  inPresent('present-run', 'Run the judgment live with your model', ({ state }) => void state.presentActions.runLive(), ({ state }) => state.present.busy !== 'live'),
  inPresent('present-replay', 'Replay the recording (no model needed)', ({ state }) => void state.presentActions.replay()),
  inPresent('present-speed', 'Change the replay speed (1×, 2×, 4×)', ({ state }) => state.presentActions.cycleSpeed()),
  inPresent('present-reveal', 'Reveal the recorded result at once', ({ state }) => state.presentActions.reveal()),
  inPresent('present-shuffle', 'Shuffle the candidates’ order', ({ state }) => state.presentActions.shuffleCandidates()),
  inPresent('present-raw', 'Show or hide the raw output', ({ state }) => state.presentActions.toggleRaw()),
] as const;
