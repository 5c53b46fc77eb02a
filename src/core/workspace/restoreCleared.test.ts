import { describe, expect, it } from 'vitest';
import { restoreCleared } from './restoreCleared.ts';

const c = (key: string, name: string, text = '') => ({ key, name, text });
const free = (taken: string[]) => ['A', 'B', 'C', 'D', 'E'].find((n) => !taken.includes(n))!;

describe('restoreCleared', () => {
  it('puts back every cleared candidate with its name and text, in order', () => {
    const cleared = [c('1', 'B', 'second'), c('2', 'A', 'first'), c('3', 'Tilted axis', 'third')];
    expect(restoreCleared(cleared, [], free)).toEqual(cleared);
  });

  it('keeps candidates added since the clear, after the restored ones', () => {
    const cleared = [c('1', 'A', 'one'), c('2', 'B', 'two')];
    const added = [c('9', 'Mine', 'typed after the clear')];
    expect(restoreCleared(cleared, added, free)).toEqual([...cleared, ...added]);
  });

  it('renames a candidate added since whose name a restored one takes back', () => {
    const cleared = [c('1', 'A', 'one'), c('2', 'B', 'two')];
    const out = restoreCleared(cleared, [c('9', 'A', 'new')], free);
    expect(out.map((x) => [x.name, x.text])).toEqual([
      ['A', 'one'],
      ['B', 'two'],
      ['C', 'new'],
    ]);
  });

  it('does not restore a candidate twice', () => {
    const cleared = [c('1', 'A', 'one')];
    expect(restoreCleared(cleared, cleared, free)).toEqual(cleared);
  });
});
