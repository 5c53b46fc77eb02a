import { describe, expect, it } from 'vitest';
import { describeSaveError } from './saveProblem.ts';

describe('a failed save in words', () => {
  it('names a full storage and a refused one, and says what to do', () => {
    expect(describeSaveError(new DOMException('quota', 'QuotaExceededError')).message).toBe("The browser's storage for this site is full (quota).");
    expect(describeSaveError(new DOMException('', 'SecurityError')).advice).toMatch(/^Storage may be blocked/);
    expect(describeSaveError('disk on fire')).toEqual({ message: 'Saving failed (disk on fire).', advice: 'Try again; until it works, keep this tab open or export your work.' });
  });
});
