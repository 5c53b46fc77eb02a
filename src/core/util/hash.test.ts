import { describe, expect, it } from 'vitest';
import { hashKey } from './hash.ts';

describe('hashKey', () => {
  it('is stable and tells different inputs apart', () => {
    expect(hashKey('principle A')).toBe(hashKey('principle A'));
    expect(hashKey('principle A')).not.toBe(hashKey('principle B'));
    expect(hashKey('')).toMatch(/^[0-9a-f]{14}$/);
  });
});
