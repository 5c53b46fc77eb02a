// Edits of a ranking's tiers for keyboard and drag operation. Each returns new tiers (the input is not changed),
// never with an empty tier; a name not in the tiers leaves them as they are (apart from dropping empty tiers).

type Tiers = readonly (readonly string[])[];

const tidy = (tiers: Tiers): string[][] => tiers.filter((t) => t.length > 0).map((t) => [...t]);
const tierOf = (tiers: Tiers, name: string) => tiers.findIndex((t) => t.includes(name));

/** Takes `name` out, dropping the tier it leaves empty. */
function without(tiers: Tiers, name: string): string[][] {
  return tidy(tiers.map((t) => t.filter((x) => x !== name)));
}

/**
 * One step up (or down): a name tied with others leaves the tie and stands alone just above (below) it; a name
 * alone swaps places with the tier above (below). At the top (bottom) alone, nothing changes.
 */
export function moveCandidate(tiers: Tiers, name: string, direction: 'up' | 'down'): string[][] {
  const clean = tidy(tiers);
  const at = tierOf(clean, name);
  if (at < 0) return clean;
  const up = direction === 'up';
  if (clean[at]!.length > 1) {
    clean[at] = clean[at]!.filter((x) => x !== name);
    clean.splice(up ? at : at + 1, 0, [name]);
    return clean;
  }
  const to = up ? at - 1 : at + 1;
  if (to < 0 || to >= clean.length) return clean;
  [clean[at], clean[to]] = [clean[to]!, clean[at]!];
  return clean;
}

/** Puts `name` alone at place `rank` (1 = best) among the other tiers; out-of-range ranks go to the ends. */
export function setRank(tiers: Tiers, name: string, rank: number): string[][] {
  if (tierOf(tiers, name) < 0) return tidy(tiers);
  const rest = without(tiers, name);
  const index = Math.min(rest.length, Math.max(0, Math.floor(rank) - 1));
  rest.splice(index, 0, [name]);
  return rest;
}

/** Ties `name` with the tier above (or below) it. At the top (bottom), nothing changes. */
export function tieWith(tiers: Tiers, name: string, neighbour: 'above' | 'below'): string[][] {
  const clean = tidy(tiers);
  const at = tierOf(clean, name);
  const to = neighbour === 'above' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= clean.length) return clean;
  clean[to] = [...clean[to]!, name];
  clean[at] = clean[at]!.filter((x) => x !== name);
  return tidy(clean);
}

/** Takes `name` out of its tie into a tier of its own just below the others of the tie. */
export function untie(tiers: Tiers, name: string): string[][] {
  const clean = tidy(tiers);
  const at = tierOf(clean, name);
  if (at < 0 || clean[at]!.length < 2) return clean;
  clean[at] = clean[at]!.filter((x) => x !== name);
  clean.splice(at + 1, 0, [name]);
  return clean;
}

/** The place (1 = best) of each name: 1 + the number of names in better tiers; tied names share it. */
export function places(tiers: Tiers): Map<string, number> {
  const out = new Map<string, number>();
  let above = 0;
  for (const tier of tidy(tiers)) {
    for (const name of tier) if (!out.has(name)) out.set(name, above + 1);
    above += tier.length;
  }
  return out;
}
