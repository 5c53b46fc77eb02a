import type { NamedScores } from './types.ts';

/**
 * Turn ordered pairs into a Map with Python-dict semantics: a repeated name keeps its first position and its last
 * value. `NaN` values are treated as missing (no order can be read from them); ±Infinity are kept and compare as usual.
 */
export function toScoreMap(pairs: NamedScores): Map<string, number> {
  const map = new Map<string, number>();
  for (const [name, value] of pairs) {
    if (Number.isNaN(value)) {
      map.delete(name);
      continue;
    }
    map.set(name, value);
  }
  return map;
}

/** Position of each name in a ranking; a name repeated in the ranking counts at its first position. */
export function firstPositions(ranking: readonly string[]): Map<string, number> {
  const positions = new Map<string, number>();
  ranking.forEach((name, index) => {
    if (!positions.has(name)) positions.set(name, index);
  });
  return positions;
}
