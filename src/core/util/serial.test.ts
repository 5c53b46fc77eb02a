import { describe, expect, it } from 'vitest';
import { createSerial } from './serial.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createSerial', () => {
  it('runs tasks one after another in call order, even when an earlier one is slower', async () => {
    const serial = createSerial();
    const log: string[] = [];
    const slow = serial(async () => {
      log.push('slow start');
      await tick(30);
      log.push('slow end');
      return 1;
    });
    const fast = serial(async () => {
      log.push('fast');
      return 2;
    });
    expect(await Promise.all([slow, fast])).toEqual([1, 2]);
    expect(log).toEqual(['slow start', 'slow end', 'fast']);
  });

  it('a failed task rejects its own caller and the next task still runs', async () => {
    const serial = createSerial();
    const failed = serial(() => Promise.reject(new Error('disk full')));
    const next = serial(async () => 'ran');
    await expect(failed).rejects.toThrow('disk full');
    expect(await next).toBe('ran');
  });
});
