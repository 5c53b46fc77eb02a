import { describe, expect, test } from 'vitest';
import parity from '../testdata/rewardanything-parity.json';
import vectorsJson from './testdata/python-vectors.json';
import { maskedName, maskingOrder } from './masking.ts';

const perms = parity.shuffle_permutations.perms as Record<string, number[]>;
// random.seed(42); l = list(range(n)); random.shuffle(l) with CPython, for larger n.
const pythonPerms = (vectorsJson as unknown as { perms: Record<string, number[]> }).perms;

describe('maskingOrder', () => {
  test('equals every fixture permutation (given 1-based)', () => {
    expect(Object.keys(perms).length).toBe(40);
    for (const [n, perm] of Object.entries(perms)) expect(maskingOrder(Number(n)).map((i) => i + 1), `N=${n}`).toEqual(perm);
  });

  test('equals CPython for N = 50, 100, 257, 1000', () => {
    expect(Object.keys(pythonPerms)).toEqual(['50', '100', '257', '1000']);
    for (const [n, perm] of Object.entries(pythonPerms)) expect(maskingOrder(Number(n)), `N=${n}`).toEqual(perm);
  });

  test('is a permutation of 0..N-1 for N up to 1000', () => {
    for (let n = 0; n <= 1000; n++) {
      const order = maskingOrder(n);
      expect(order.length).toBe(n);
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  test('returns a fresh copy each time (the memo cannot be corrupted)', () => {
    const a = maskingOrder(5);
    a.reverse();
    expect(maskingOrder(5)).toEqual([3, 1, 2, 4, 0]);
  });

  test('rejects invalid sizes', () => {
    expect(() => maskingOrder(-1)).toThrow(RangeError);
    expect(() => maskingOrder(1.5)).toThrow(RangeError);
  });

  test('masked names are model-1, model-2, …', () => {
    expect([0, 1, 9].map(maskedName)).toEqual(['model-1', 'model-2', 'model-10']);
  });
});
