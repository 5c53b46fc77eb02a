import { describe, expect, test } from 'vitest';
import vectorsJson from './testdata/python-vectors.json';
import { bitLength, MersenneTwister, PyRandom } from './mt19937.ts';

// random.Random(seed): five getrandbits(32), one random(), and _randbelow over a list of n (CPython 3.11).
const vectors = vectorsJson as unknown as {
  mt: Array<{ seed: number; bits32: number[]; random: number[]; below: number[][] }>;
};
const BELOW_N = [1, 2, 3, 7, 10, 100, 1000, 2 ** 31 + 11];

describe('PyRandom (CPython random.Random)', () => {
  test('random.seed(42); random.random() == 0.6394267984578837', () => {
    expect(new PyRandom(42).random()).toBe(0.6394267984578837);
  });

  test('random.seed(42); [getrandbits(32) for _ in range(6)] (checked with CPython 3.11.7)', () => {
    const r = new PyRandom(42);
    expect(Array.from({ length: 6 }, () => r.getrandbits(32))).toEqual([
      2746317213, 478163327, 107420369, 3184935163, 1181241943, 1051802512,
    ]);
  });

  test('matches CPython for several seeds (negative and multi-word seeds too)', () => {
    expect(vectors.mt.length).toBeGreaterThan(5);
    for (const v of vectors.mt) {
      const r = new PyRandom(v.seed);
      expect(v.bits32.map(() => r.getrandbits(32)), `seed ${v.seed}`).toEqual(v.bits32);
      expect(new PyRandom(v.seed).random()).toBe(v.random[0]);
      const b = new PyRandom(v.seed);
      expect(BELOW_N.map((n) => b.randbelow(n))).toEqual(v.below[0]);
    }
  });

  test('getrandbits(k) keeps the top k bits of one output', () => {
    const a = new PyRandom(42);
    const b = new PyRandom(42);
    expect(a.getrandbits(5)).toBe(b.getrandbits(32) >>> 27);
    expect(a.getrandbits(0)).toBe(0);
    expect(() => a.getrandbits(33)).toThrow(RangeError);
  });

  test('randbelow stays in range', () => {
    const r = new PyRandom(7);
    for (let n = 1; n < 300; n++) {
      const x = r.randbelow(n);
      expect(x >= 0 && x < n).toBe(true);
    }
    expect(() => r.randbelow(0)).toThrow(RangeError);
  });

  test('an unseeded twister uses init_genrand(5489), the reference MT19937 first output', () => {
    expect(new MersenneTwister().nextUint32()).toBe(3499211612);
  });
});

test('bitLength is int.bit_length()', () => {
  expect([0, 1, 2, 3, 4, 7, 8, 255, 256, 2 ** 31, 2 ** 32 - 1].map(bitLength)).toEqual([0, 1, 2, 2, 3, 3, 4, 8, 9, 32, 32]);
});
