import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from './distributions.ts';

describe('normal distribution', () => {
  it('matches tabulated values (scipy.stats.norm)', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 7);
    expect(normalCdf(-6)).toBeCloseTo(9.865876450376946e-10, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 8);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
  });

  it('quantile inverts the CDF', () => {
    for (const p of [1e-6, 0.01, 0.2, 0.5, 0.7, 0.99]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 7);
  });
});

describe('Student t distribution', () => {
  it('matches tabulated values (scipy.stats.t)', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174694, 7);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.302652729749464, 8);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.2621571628540993, 8);
    expect(studentTQuantile(0.975, 29)).toBeCloseTo(2.045229642132703, 8);
    expect(studentTQuantile(0.025, 99)).toBeCloseTo(-1.9842169515864176, 8);
    expect(studentTCdf(0, 5)).toBe(0.5);
    expect(studentTCdf(2, 4)).toBeCloseTo(0.9419417382415922, 10);
    expect(studentTCdf(-1.5, 7)).toBeCloseTo(0.088649243494985, 10);
  });

  it('approaches the normal for many degrees of freedom', () => {
    expect(studentTQuantile(0.975, 5000)).toBeCloseTo(1.96, 2);
  });

  it('rejects a non-integer or non-positive df', () => {
    expect(() => studentTCdf(1, 0)).toThrow(RangeError);
    expect(() => studentTCdf(1, 2.5)).toThrow(RangeError);
  });
});
