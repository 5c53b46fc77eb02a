/** Default seed of the bootstrap intervals (sampling always takes an explicit seed). */
export const DEFAULT_BOOTSTRAP_SEED = 20250603;

/**
 * mulberry32: a small, fast 32-bit seeded generator. Returns a function giving floats in [0, 1) with 32 bits of
 * resolution. The same seed always yields the same sequence, on every JavaScript engine.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 32-bit FNV-1a hash of a string, for deriving independent seeds from a base seed and a label. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A seed derived from a base seed and a label (so each stratum or metric gets its own stream). */
export function deriveSeed(seed: number, label: string): number {
  return (hashString(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}
