import { closeDialog } from './closeDialog.ts';
import { goToPages } from './goToPage.ts';
import { moveCandidateDown, moveCandidateUp } from './moveCandidate.ts';
import { runJudgment } from './runPlaygroundCommand.ts';
import { presentCommands } from './presentCommands.ts';
import { showShortcuts } from './showShortcuts.ts';
import { undoNewest } from './undoNewest.ts';

/** Every command the keyboard reaches, in the order the shortcuts list shows them. */
export const COMMANDS = [runJudgment, moveCandidateUp, moveCandidateDown, undoNewest, showShortcuts, ...presentCommands, ...goToPages, closeDialog] as const;

export type CommandId = (typeof COMMANDS)[number]['id'];
