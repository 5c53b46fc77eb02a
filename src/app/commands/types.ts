import type { AppState } from '../../state/index.ts';
import type { RouteId } from '../useRoute.ts';

/** A key press: `mod` is Ctrl, or Cmd on a Mac; `key` is `KeyboardEvent.key` (and `code` its layout-free twin). */
export interface KeyChord {
  key: string;
  code?: string;
  mod?: boolean;
  alt?: boolean;
}

/** Where a command's keys work. */
export type CommandScope =
  /** Anywhere, text fields included. */
  | 'anywhere'
  /** Not while typing in a text field (whose own keys, such as its undo, come first). */
  | 'outside-text'
  /** In a candidate's text. */
  | 'candidate-text';

export interface CommandContext {
  state: AppState;
  route: RouteId;
  /** What the key press went to. */
  target: EventTarget | null;
  navigate(id: RouteId): void;
  openShortcuts(): void;
}

/** One user action the keyboard reaches: declared once, so the keys that work and the list shown are the same. */
export interface Command {
  id: string;
  /** What it does, as the shortcuts list says it. */
  label: string;
  scope: CommandScope;
  /** Whether it applies now (the page, what is running); a disabled command leaves the key to the browser. */
  enabled(ctx: CommandContext): boolean;
  /** Absent: the browser does it itself (Esc closes a dialog) and the entry is listed only. */
  perform?(ctx: CommandContext): void;
}
