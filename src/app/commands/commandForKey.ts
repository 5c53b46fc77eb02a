import { isTyping } from '../../components/typing.ts';
import { COMMANDS } from './registry.ts';
import { SHORTCUTS, chordMatches } from './shortcuts.ts';
import type { Command, CommandContext } from './types.ts';

function inScope(c: Command, target: EventTarget | null): boolean {
  if (c.scope === 'anywhere') return true;
  if (c.scope === 'outside-text') return !isTyping(target);
  return target instanceof HTMLElement && target.dataset.candidateKey !== undefined;
}

type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The command a key press runs now, if any: its keys match, it works where the press went, and it applies. */
export function commandForKey(e: KeyPress, ctx: CommandContext): Command | undefined {
  for (const c of COMMANDS) {
    const command: Command = c;
    if (SHORTCUTS[c.id].some((k) => chordMatches(k, e)) && command.perform && inScope(command, ctx.target) && command.enabled(ctx)) return command;
  }
  return undefined;
}
