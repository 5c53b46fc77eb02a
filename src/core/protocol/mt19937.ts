// CPython's `random.Random` core: the MT19937 Mersenne Twister (Modules/_randommodule.c) and the few Python-level
// methods the masking needs (`seed` for an int, `getrandbits`, `_randbelow`, `shuffle`, `random`), bit for bit.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class MersenneTwister {
  readonly #mt = new Uint32Array(N);
  #index = N + 1;

  /** `init_genrand(s)`. */
  initGenrand(seed: number): void {
    const mt = this.#mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.#index = N;
  }

  /** `init_by_array(key)`: what CPython's `random.seed(n)` calls with the 32-bit words of `abs(n)`. */
  initByArray(key: readonly number[]): void {
    const mt = this.#mt;
    const keyLength = key.length;
    if (keyLength === 0) throw new RangeError('init_by_array needs at least one key word');
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, keyLength); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + (key[j]! >>> 0) + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.#index = N;
  }

  /** `genrand_uint32()`: the next 32-bit output. */
  nextUint32(): number {
    const mt = this.#mt;
    if (this.#index >= N) {
      if (this.#index === N + 1) this.initGenrand(5489);
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.#index = 0;
    }
    let y = mt[this.#index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}

/** Bits needed to write `n` (Python `int.bit_length()`), for 0 <= n < 2**32. */
export function bitLength(n: number): number {
  return n === 0 ? 0 : 32 - Math.clz32(n);
}

/** The subset of CPython's `random.Random` used by the reference package, seeded like `random.seed(n)`. */
export class PyRandom {
  readonly #mt = new MersenneTwister();

  constructor(seed: number) {
    this.seed(seed);
  }

  /** `random.seed(n)` for an int: `init_by_array` over the 32-bit words of `abs(n)`, least significant first. */
  seed(n: number): void {
    if (!Number.isSafeInteger(n)) throw new RangeError(`seed must be a safe integer, got ${n}`);
    let rest = Math.abs(n);
    const key: number[] = [];
    do {
      key.push(rest % 0x100000000);
      rest = Math.floor(rest / 0x100000000);
    } while (rest > 0);
    this.#mt.initByArray(key);
  }

  /** `random.getrandbits(k)` for 0 <= k <= 32. */
  getrandbits(k: number): number {
    if (!Number.isInteger(k) || k < 0 || k > 32) throw new RangeError(`getrandbits supports 0..32 bits, got ${k}`);
    if (k === 0) return 0;
    return this.#mt.nextUint32() >>> (32 - k);
  }

  /** `random._randbelow(n)` (the getrandbits variant): rejection sampling on `n.bit_length()` bits. */
  randbelow(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n >= 0x100000000) throw new RangeError(`randbelow needs 1..2**32-1, got ${n}`);
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** `random.random()`: 53-bit float in [0, 1). */
  random(): number {
    const a = this.#mt.nextUint32() >>> 5;
    const b = this.#mt.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** `random.shuffle(x)` in place: i from len-1 down to 1, j = _randbelow(i + 1), swap. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1);
      const tmp = x[i]!;
      x[i] = x[j]!;
      x[j] = tmp;
    }
  }
}
