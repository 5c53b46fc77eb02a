import type { KeyChord } from './types.ts';
import type { CommandId } from './registry.ts';

const ctrlEnter: KeyChord = { key: 'Enter', mod: true };

/** The keys of every command, typed by its id (a command without keys cannot be declared). */
export const SHORTCUTS: Record<CommandId, KeyChord[]> = {
  'run-judgment': [ctrlEnter],
  'move-candidate-up': [{ key: 'ArrowUp', alt: true }],
  'move-candidate-down': [{ key: 'ArrowDown', alt: true }],
  'undo-newest': [{ key: 'z', mod: true }],
  'show-shortcuts': [{ key: '?' }],
  'present-next': [{ key: 'ArrowRight' }, { key: 'PageDown' }],
  'present-previous': [{ key: 'ArrowLeft' }, { key: 'PageUp' }],
  'present-principle': [{ key: 'p' }],
  'present-run': [{ key: 'r' }],
  'present-replay': [{ key: 'y' }],
  'present-speed': [{ key: 'x' }],
  'present-reveal': [{ key: 'v' }],
  'present-shuffle': [{ key: 's' }],
  'present-raw': [{ key: 'o' }],
  'go-playground': [{ key: '1', code: 'Digit1', alt: true }],
  'go-compare': [{ key: '2', code: 'Digit2', alt: true }],
  'go-bench': [{ key: '3', code: 'Digit3', alt: true }],
  'go-models': [{ key: '4', code: 'Digit4', alt: true }],
  'go-library': [{ key: '5', code: 'Digit5', alt: true }],
  'go-settings': [{ key: '6', code: 'Digit6', alt: true }],
  'go-decks': [{ key: '7', code: 'Digit7', alt: true }],
  'go-present': [{ key: '8', code: 'Digit8', alt: true }],
  'close-dialog': [{ key: 'Escape' }],
};

export function chordMatches(c: KeyChord, e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (!!c.mod !== mod || !!c.alt !== e.altKey) return false;
  // Shift is part of '?' itself; elsewhere a shifted chord is another one (Ctrl+Shift+Z is redo).
  if (c.key !== '?' && e.shiftKey) return false;
  // With Alt, macOS types another character for a digit: the physical key decides then.
  return e.key.toLowerCase() === c.key.toLowerCase() || (c.code !== undefined && e.code === c.code);
}

const KEY_NAMES: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', PageUp: 'Page Up', PageDown: 'Page Down', Escape: 'Esc', z: 'Z', p: 'P', r: 'R', y: 'Y', x: 'X', v: 'V', s: 'S', o: 'O' };

/** A chord as the shortcuts list shows it: "Ctrl/Cmd + Enter", "Alt + ↑". */
export function formatChord(c: KeyChord): string {
  return [c.mod && 'Ctrl/Cmd', c.alt && 'Alt', KEY_NAMES[c.key] ?? c.key].filter(Boolean).join(' + ');
}
