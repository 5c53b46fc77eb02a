/**
 * TEST FIXTURE SOURCE: the rows and schema of `rabench-mini.parquet` (invented content), written with
 * `tiny-parquet-writer.ts`. Nested layout: responses as list<struct<name, text>>, gt as
 * struct<scores: map<string, double>, best-to-worst: list<string>>. Row 4 is deliberately bad (gt names a response
 * that does not exist). `rabench-mini-parquet.test.ts` checks that the committed file equals this source.
 */
import type { Field } from './tiny-parquet-writer.ts';

export const RABENCH_MINI_FIELDS: Field[] = [
  { kind: 'string', name: 'id' },
  { kind: 'string', name: 'principle' },
  { kind: 'string', name: 'category', optional: true },
  { kind: 'string', name: 'domain', optional: true },
  { kind: 'string', name: 'prompt' },
  {
    kind: 'list',
    name: 'responses',
    element: { kind: 'struct', name: 'element', fields: [{ kind: 'string', name: 'name' }, { kind: 'string', name: 'text' }] },
  },
  {
    kind: 'struct',
    name: 'gt',
    fields: [
      { kind: 'map', name: 'scores', value: { kind: 'double', name: 'value' } },
      { kind: 'list', name: 'best-to-worst', element: { kind: 'string', name: 'element' } },
    ],
  },
];

export const RABENCH_MINI_ROWS: Array<Record<string, unknown>> = [
  {
    id: 'pq-1',
    principle: 'Prefer answers that state the unit of every number.',
    category: 'content',
    domain: 'math',
    prompt: 'How far does light travel in one second?',
    responses: [
      { name: 'alpha', text: 'About 300,000 kilometres.' },
      { name: 'beta', text: 'About 300,000.' },
      { name: 'gamma', text: 'Roughly 186,000 miles, or 300,000 km.' },
    ],
    gt: { scores: [['alpha', 4], ['beta', 1], ['gamma', 5]], 'best-to-worst': ['gamma', 'alpha', 'beta'] },
  },
  {
    id: 'pq-2',
    principle: 'Be warm but brief.',
    category: 'tone',
    domain: 'chat',
    prompt: 'I passed my driving test!',
    responses: [
      { name: 'r1', text: 'Congratulations, well done!' },
      { name: 'r2', text: 'Noted.' },
    ],
    gt: { scores: [['r1', 5], ['r2', 2]], 'best-to-worst': ['r1', 'r2'] },
  },
  {
    id: 'pq-3',
    principle: 'Code must compile; comments are optional.',
    category: 'logic',
    domain: 'code',
    prompt: 'Write a C function returning the larger of two ints.',
    responses: [
      { name: 'a', text: 'int max(int a, int b) { return a > b ? a : b; }' },
      { name: 'b', text: 'int max(a, b) { return a > b ? a : b }' },
    ],
    gt: { scores: [['a', 5], ['b', 1]], 'best-to-worst': [] },
  },
  {
    id: 'pq-4',
    principle: 'Anything.',
    category: null,
    domain: null,
    prompt: 'A bad row.',
    responses: [
      { name: 'x', text: 'one' },
      { name: 'y', text: 'two' },
    ],
    gt: { scores: [['x', 2], ['z', 1]], 'best-to-worst': [] },
  },
];
