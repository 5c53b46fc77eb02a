// The reference's response masking (`make_masked_responses`): `random.seed(42); random.shuffle(pairs)`, then the
// element at shuffled position m is renamed `model-(m+1)`. The permutation depends only on the number of responses.

import { PyRandom } from './mt19937.ts';

/** The seed the reference package passes to `random.seed` before every shuffle. */
export const MASKING_SEED = 42;

/** Largest N whose order is memoized (any larger N is computed each time; it is O(N) anyway). */
const MEMO_LIMIT = 10_000;
const memo = new Map<number, readonly number[]>();

function computeOrder(n: number): readonly number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  new PyRandom(MASKING_SEED).shuffle(order);
  return Object.freeze(order);
}

/**
 * For N responses, the 0-based input index of the response that becomes `model-1`, `model-2`, … `model-N`:
 * `result[m]` is the original index of the element at position m after `random.seed(42); random.shuffle(...)`.
 * O(N) on first use for a given N, then memoized. Returns a fresh array the caller may mutate.
 * @throws RangeError when n is not a non-negative safe integer.
 */
export function maskingOrder(n: number): number[] {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`maskingOrder needs a non-negative integer, got ${n}`);
  let order = memo.get(n);
  if (!order) {
    order = computeOrder(n);
    if (n <= MEMO_LIMIT) memo.set(n, order);
  }
  return order.slice();
}

/** The masked name of the response at shuffled position m (0-based): `model-(m+1)`. */
export function maskedName(position: number): string {
  return `model-${position + 1}`;
}
