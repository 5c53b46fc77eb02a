import { describe, expect, it } from 'vitest';
import { COMMANDS } from './registry.ts';
import { SHORTCUTS, chordMatches, formatChord } from './shortcuts.ts';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}, code = '') => ({ key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('shortcuts', () => {
  it('match Ctrl or Cmd alike, and only with the modifiers they name', () => {
    const [run] = SHORTCUTS['run-judgment'];
    expect(chordMatches(run!, press('Enter', { ctrlKey: true }))).toBe(true);
    expect(chordMatches(run!, press('Enter', { metaKey: true }))).toBe(true);
    expect(chordMatches(run!, press('Enter'))).toBe(false);
    expect(chordMatches(run!, press('Enter', { ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('tell undo from redo, and take the physical digit when Alt changes the character', () => {
    const [undo] = SHORTCUTS['undo-newest'];
    expect(chordMatches(undo!, press('Z', { ctrlKey: true }))).toBe(true);
    expect(chordMatches(undo!, press('z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    const [compare] = SHORTCUTS['go-compare'];
    expect(chordMatches(compare!, press('™', { altKey: true }, 'Digit2'))).toBe(true);
    expect(chordMatches(SHORTCUTS['show-shortcuts'][0]!, press('?', { shiftKey: true }))).toBe(true);
  });

  it('no two commands share a key', () => {
    const chords = COMMANDS.flatMap((c) => SHORTCUTS[c.id].map(formatChord));
    expect(new Set(chords).size).toBe(chords.length);
  });

  it('read as the list shows them', () => {
    expect(SHORTCUTS['run-judgment'].map(formatChord)).toEqual(['Ctrl/Cmd + Enter']);
    expect(SHORTCUTS['move-candidate-up'].map(formatChord)).toEqual(['Alt + ↑']);
    expect(SHORTCUTS['close-dialog'].map(formatChord)).toEqual(['Esc']);
  });
});
