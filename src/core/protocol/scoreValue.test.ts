import { describe, expect, test } from 'vitest';
import { pyObject } from './pyObject.ts';
import { describeJsonValue, normaliseScore } from './scoreValue.ts';

describe('normaliseScore', () => {
  test('keeps finite numbers and numeric strings', () => {
    expect([3, 4.5, -1, 0, '3', ' 4.5 ', '+2', '.5', '1e1', '5.'].map(normaliseScore)).toEqual([3, 4.5, -1, 0, 3, 4.5, 2, 0.5, 10, 5]);
  });

  test('drops everything else', () => {
    for (const v of ['high', '', '3/5', '3 stars', '0x3', 'NaN', 'Infinity', '١', null, true, false, NaN, Infinity, -Infinity, [3], pyObject([['s', 3]])]) {
      expect(normaliseScore(v), String(v)).toBeNull();
    }
  });
});

test('describeJsonValue is short JSON', () => {
  expect(describeJsonValue('high')).toBe('"high"');
  expect(describeJsonValue(null)).toBe('null');
  expect(describeJsonValue(true)).toBe('true');
  expect(describeJsonValue(NaN)).toBe('NaN');
  expect(describeJsonValue([1, 2])).toBe('a list of 2 items');
  expect(describeJsonValue(pyObject([['a', 1]]))).toBe('an object with 1 key');
  expect(describeJsonValue('x'.repeat(10_000)).length).toBeLessThan(130);
});
