import { expect, test } from 'vitest';
import parity from '../testdata/rewardanything-parity.json';
import { SYSTEM_PROMPT } from './systemPrompt.ts';

test('SYSTEM_PROMPT is the reference prompt byte for byte', () => {
  expect(SYSTEM_PROMPT).toBe(parity.system_prompt);
  expect(SYSTEM_PROMPT.startsWith('\nYou are an evaluator')).toBe(true);
  expect(SYSTEM_PROMPT.endsWith('\n}\n')).toBe(true);
  expect(SYSTEM_PROMPT.length).toBe(1121);
});
