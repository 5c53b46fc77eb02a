import type { NamedScores } from '../metrics/types.ts';
import type { Suite, SuiteCase } from './suite.ts';

// A small suite and one run of it, shared by the suite tests.
export const abc = [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }, { name: 'C', text: 'c' }];
export const kase = (id: string, tiers: string[][], rater = 'me'): SuiteCase => ({ id, prompt: id, candidates: abc, rankings: [{ rater, tiers }] });
export const strict = [['A'], ['B'], ['C']];

export const suite: Suite = {
  id: 's',
  principleId: 'p',
  cases: [
    kase('c1', strict),
    kase('c2', strict),
    kase('c3', [['A', 'B'], ['C']]),
    kase('c4', [['A'], ['B']]),
    kase('c5', strict),
    { id: 'c6', prompt: 'c6', candidates: abc, rankings: [] },
    kase('c7', [['A', 'B', 'C']]),
  ],
};

export const runA = new Map<string, NamedScores | null>([
  ['c1', [['A', 3], ['B', 2], ['C', 1]]],
  ['c2', [['A', 1], ['B', 2], ['C', 3]]],
  ['c3', [['A', 2], ['B', 2], ['C', 1]]],
  ['c4', null],
  ['c6', [['A', 1]]],
  ['c7', [['A', 1], ['B', 2], ['C', 3]]],
]);
