import { describe, expect, it } from 'vitest';
import { consistency } from './scoreConsistency.ts';

describe('consistency', () => {
  it('counts pairs with different scores whose ranking order agrees', () => {
    expect(consistency([['a', 5], ['b', 3], ['c', 1]], ['a', 'b', 'c'])).toEqual({ agreeing: 3, total: 3 });
    expect(consistency([['a', 5], ['b', 3], ['c', 1]], ['c', 'b', 'a'])).toEqual({ agreeing: 0, total: 3 });
    expect(consistency([['a', 5], ['b', 3], ['c', 1]], ['b', 'a', 'c'])).toEqual({ agreeing: 2, total: 3 });
  });

  it('skips tied scores and names missing from the ranking', () => {
    expect(consistency([['a', 5], ['b', 5], ['c', 1], ['d', 0]], ['a', 'b', 'c'])).toEqual({ agreeing: 2, total: 2 });
  });

  it('uses the first position of a repeated name', () => {
    expect(consistency([['a', 5], ['b', 3]], ['a', 'b', 'a'])).toEqual({ agreeing: 1, total: 1 });
  });

  it('is empty for no scores', () => {
    expect(consistency([], ['a'])).toEqual({ agreeing: 0, total: 0 });
  });
});
