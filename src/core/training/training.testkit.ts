// TEST HELPER (imported only by tests): inputs that stress string escaping and masking, and judge outputs that
// stress the parser, shared by the TypeScript snippet tests (src) and the Python snippet tests (scripts).

import fc from 'fast-check';
import type { JudgeInput } from '../protocol/index.ts';

/** Text that needs escaping somewhere: quotes, backslashes, controls, line separators, emoji, think tags. */
export const TRICKY_TEXT =
  'He said "hi" and it\'s fine \\ backslash \\n not a newline\nnew line\r\ncarriage\ttab \u0000nul \u001funit ' +
  '\u007fdel \u0085nel \u2028line-sep \u2029para-sep \u200ezw \u202eRTL-override \ufeffbom ' +
  'ünïcödé 数据 😀🎉 👩‍👩‍👧 </think><think> ```json {"scores": {"model-1": 5}} ``` ${not} `tick` </script>';

/** Names that JavaScript objects would reorder ("10", "2") or that need escaping. */
const TRICKY_NAMES = ['10', '2', 'response "A"', "it's", 'back\\slash', 'emoji 😀', 'model-1', 'tab\there', '0', 'ü', 'x\u2028y', 'last'];

/** 12 candidates (so masking really shuffles), every text tricky in a different way. */
export function trickyInput(n = 12, principle = `Prefer the answer that keeps "quotes" and \\ backslashes.\n${TRICKY_TEXT}`): JudgeInput {
  return {
    principle,
    prompt: `Prompt with ${TRICKY_TEXT}`,
    responses: Array.from({ length: n }, (_, i) => ({
      name: TRICKY_NAMES[i] ?? `cand-${i}`,
      text: `${i}: ${TRICKY_TEXT.slice(i * 7)}${i % 3 === 0 ? '\n' : ''}`,
    })),
  };
}

/** Any UTF-16 string, lone surrogates included. */
export const arbCodeUnits = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

/** Any text: code units, whole code points and the tricky characters mixed. */
export const arbText = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    arbCodeUnits(maxLength),
    fc.string({ unit: 'binary', maxLength }),
    fc.array(fc.constantFrom(...[...TRICKY_TEXT], '"', '\\', '\n', '\u2028', '😀'), { maxLength }).map((a) => a.join('')),
  );

/** A valid judge input with 1..30 candidates (unique, non-blank names). */
export const arbJudgeInput = (maxResponses = 30): fc.Arbitrary<JudgeInput> =>
  fc.record({
    principle: arbText().map((s) => `P ${s}`),
    prompt: arbText(),
    responses: fc
      .uniqueArray(arbText(12).map((s) => `n${s}`), { minLength: 1, maxLength: maxResponses })
      .chain((names) =>
        fc
          .array(arbText(), { minLength: names.length, maxLength: names.length })
          .map((texts) => names.map((name, i) => ({ name, text: texts[i] ?? '' }))),
      ),
  });

/** Judge outputs that exercise every parser branch (hand-written). */
export const TRICKY_OUTPUTS: string[] = [
  '<think>\nResponse 2 is concise.\n</think>\n{\n  "scores": {"model-1": 2, "model-2": 5},\n  "best-to-worst": ["model-2", "model-1"]\n}',
  '<think>a</think>```json\n{"scores": {"model-1": "4", "model-2": 3.5}, "best-to-worst": ["model-1", "model-2"]}\n```',
  "<think>x</think>{'scores': {'model-1': 1, 'model-2': 5,}, 'best-to-worse': ['model-2', 'model-1',],}",
  '<think>x</think>{scores: {model-1: 3, model-2: 4}, best-to-worst: ["model-2", "model-1"]}',
  'Sure! Here you go: {"scores": {"model-1": 5, "model-2": 1}, "best-to-worst": ["model-1", "model-2"]} Hope it helps',
  '{"scores": {"model-1": NaN, "model-2": Infinity, "model-3": -Infinity, "model-4": 2}, "best-to-worst": ["model-4"]}',
  '{"scores": {"model-1": "high", "model-2": null, "model-3": true, "model-4": [1], "model-5": " 3 "}, "best-to-worst": [1, "model-5", null]}',
  '{"scores": {"10": 3, "2": 5, "10": 4}, "best-to-worst": ["2", "10"]}',
  '{"scores": [1, 2], "best-to-worst": ["model-1"]}',
  '{"scores": {"model-1": 2}, "best-to-worst": "model-1"}',
  '{"best-to-worse": ["model-2", "model-1"]}',
  '[1, 2, 3]',
  '"just a string"',
  '',
  '<think>never closed {"scores": {"model-1": 5}}',
  '</think>{"scores": {"model-1": 4}, "best-to-worst": ["model-1"]}<think>late',
  '<think>one</think><think>two</think>{"scores": {"model-1": 1e999, "model-2": 1e2, "model-3": -0.5}, "best-to-worst": []}',
  '<think>\u2028 spaced \u00a0</think>\u3000{"scores": {"model-1": "+4", "model-2": "4.", "model-3": ".5e1", "model-4": "٣"}}\u0085',
  '{"scores": {"model-1": 3}, "best-to-worst": ["model-1"]} trailing {"scores": {"model-2": 1}}',
  '{"scores": {"model-1": 3, "unknown": 2}, "best-to-worst": ["unknown", "model-9", "model-1", "model-1"]}',
  '{"scores": {"model-1": 3}} {',
  '{"a": {"b": {"c": [[[[{"scores": 1}]]]]}}, "scores": {"model-2": 2}}',
  '{"scores": {"model-1": 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000}}',
  '\ufeff{"scores": {"model-1": 3}}',
  '{"scores": {"model-1": 3,}, "best-to-worst": ["it\'s"]}',
  '{"scores": {"model-1": 01}}',
];

const TOKENS = [
  '<think>', '</think>', '```json', '```', '{', '}', '[', ']', ':', ',', ' ', '\n', "'", '"', '"scores"', 'scores',
  '"best-to-worst"', '"best-to-worse"', 'best-to-worse', '"model-1"', '"model-2"', 'model-3', '"10"', '"2"', '3', '4.5',
  '"4"', 'NaN', 'Infinity', '-Infinity', 'null', 'true', '1e999', '\u00a0', '\u2028', 'x',
];

/** Token soup plus well-formed answers with random damage: mostly parseable, sometimes not. */
export const arbJudgeOutput: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((a) => a.join('')),
  fc
    .record({
      think: fc.constantFrom('', '<think>why</think>\n', '<think>\nreasons\n</think>\n\n', '<think>open '),
      fence: fc.boolean(),
      names: fc.uniqueArray(fc.constantFrom('model-1', 'model-2', 'model-3', 'model-4', '10', '2', 'x'), { maxLength: 4 }),
      scores: fc.array(fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constantFrom('"3"', 'NaN', 'null', '"high"', '2.5')), {
        minLength: 4,
        maxLength: 4,
      }),
      key: fc.constantFrom('best-to-worst', 'best-to-worse'),
      quote: fc.constantFrom('"', "'"),
      trailingComma: fc.boolean(),
      tail: fc.constantFrom('', ' done', '}'),
    })
    .map(({ think, fence, names, scores, key, quote, trailingComma, tail }) => {
      const q = (s: string) => `${quote}${s}${quote}`;
      const entries = names.map((n, i) => `${q(n)}: ${String(scores[i] ?? 1)}`).join(', ') + (trailingComma ? ',' : '');
      const body = `{${q('scores')}: {${entries}}, ${q(key)}: [${names.map(q).join(', ')}]}`;
      return `${think}${fence ? '```json\n' : ''}${body}${fence ? '\n```' : ''}${tail}`;
    }),
);
