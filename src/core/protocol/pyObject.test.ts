import { describe, expect, test } from 'vitest';
import { PyObject, pyObject } from './pyObject.ts';

describe('PyObject', () => {
  test('keeps insertion order, also for integer-like keys', () => {
    const o = pyObject([
      ['10', 1],
      ['2', 2],
      ['b', 3],
      ['1', 4],
    ]);
    expect(o.keys()).toEqual(['10', '2', 'b', '1']);
    expect(Object.keys({ '10': 1, '2': 2, b: 3, '1': 4 })).toEqual(['1', '2', '10', 'b']); // why it exists
  });

  test('a repeated key keeps its first position and its last value, like a Python dict', () => {
    const o = new PyObject<number>();
    o.set('a', 1).set('b', 2).set('a', 3).set('a', 4).set('b', 5);
    expect(o.entries()).toEqual([
      ['a', 4],
      ['b', 5],
    ]);
    expect(o.duplicateKeys).toEqual(['a', 'b']);
    expect(o.size).toBe(2);
    expect(o.get('a')).toBe(4);
    expect(o.has('c')).toBe(false);
    expect([...o]).toEqual([
      ['a', 4],
      ['b', 5],
    ]);
  });

  test('entries() is a copy', () => {
    const o = pyObject([['a', 1]]);
    o.entries().push(['b', 2]);
    expect(o.size).toBe(1);
  });
});
