// Expected scores over token streams as the engines send them, tokenized with the real Qwen3 tokenizer (token text
// decoded one id at a time, as WebLLM's getTokenLogprob and vLLM do).
import { beforeAll, describe, expect, it } from 'vitest';
import { describeMissing, expectedScores, rankByExpected, type TokenLogprob, type TopLogprob } from './expectedScores.ts';
import { qwen3Kit, type Qwen3Kit } from './qwen3Grammar.testkit.ts';

let kit: Qwen3Kit;
beforeAll(async () => {
  kit = await qwen3Kit();
}, 60_000);

const ANSWER = '{"scores": {"model-1": 4, "model-2": 2, "model-3": 4}, "best-to-worst": ["model-1", "model-3", "model-2"]}';
const OUTPUT = `<think>\nModel 1 and 3 both follow the principle.\n</think>\n\n${ANSWER}`;

/** The token stream of `text` (Qwen3's ids, decoded one by one), with `tops(digit, k)` at the k-th score digit. */
function tokens(text: string, tops: (digit: string, k: number) => TopLogprob[]): TokenLogprob[] {
  let cursor = 0;
  const ids = kit.encode(text);
  let k = 0;
  return ids.map((id) => {
    const token = kit.decode([id]);
    const before = text.slice(0, cursor);
    cursor += token.length;
    if (/^[1-5]$/.test(token) && /"scores"[^}]*":\s*$/.test(before)) {
      const top = tops(token, k++);
      return { token, logprob: top.find((t) => t.token === token)?.logprob ?? Math.log(0.01), top_logprobs: top };
    }
    return { token, logprob: 0, top_logprobs: [{ token, logprob: 0 }] };
  });
}

const lp = (pairs: Array<[string, number]>): TopLogprob[] => pairs.map(([token, p]) => ({ token, logprob: Math.log(p) }));

describe('Qwen3 tokenization of a score', () => {
  it('writes the digit as a token of its own, after ":" and " "', () => {
    const ids = kit.encode('{"scores": {"model-1": 4}}');
    const pieces = ids.map((id) => kit.decode([id]));
    const at = pieces.indexOf('4');
    expect(at).toBeGreaterThan(1);
    expect(pieces.slice(at - 2, at + 1)).toEqual(['":', ' ', '4']);
    // Without the space the digit is still alone.
    const compact = kit.encode('{"model-1":4}').map((id) => kit.decode([id]));
    expect(compact).toContain('4');
  });
});

describe('expectedScores', () => {
  const names = ['model-1', 'model-2', 'model-3'];

  it('reads the distribution at each score token, its expectation and the chosen probability', () => {
    const tops = [
      lp([['4', 0.6], ['5', 0.3], ['3', 0.06], ['2', 0.03], ['1', 0.01]]),
      lp([['2', 0.5], ['3', 0.3], ['1', 0.2]]),
      lp([['4', 0.5], ['3', 0.4], ['5', 0.1]]),
    ];
    const logprobs = tokens(OUTPUT, (_, k) => tops[k]!);
    const r = expectedScores(logprobs, OUTPUT, { names });
    expect(r.problems).toEqual([]);
    expect(r.unavailable).toEqual([]);
    const [a, b, c] = r.distributions;
    expect(a!.name).toBe('model-1');
    expect(a!.chosen).toBe(4);
    expect(a!.probabilities.map((p) => +p.toFixed(3))).toEqual([0.01, 0.03, 0.06, 0.6, 0.3]);
    expect(a!.expected).toBeCloseTo(4.15, 6);
    expect(a!.chosenProbability).toBeCloseTo(0.6, 6);
    expect(a!.missing).toEqual([]);
    expect(b!.chosen).toBe(2);
    expect(b!.expected).toBeCloseTo(0.2 * 1 + 0.5 * 2 + 0.3 * 3, 6);
    expect(b!.missing).toEqual([4, 5]);
    expect(b!.missingBelow).toBeCloseTo(0.2, 6);
    expect(describeMissing(b!)).toMatch(/^Scores 4, 5 not among the top log probabilities \(each below 20%\)/);
    expect(c!.expected).toBeCloseTo(3.7, 6);
    expect(logprobs[a!.tokenIndex]!.token).toBe('4');
  });

  it('renormalises over the digits when other tokens share the top list', () => {
    const logprobs = tokens(OUTPUT, () => lp([['4', 0.4], [' ', 0.3], ['5', 0.2], ['"', 0.05], ['3', 0.05]]));
    const d = expectedScores(logprobs, OUTPUT, { names }).distributions[0]!;
    expect(d.digitMass).toBeCloseTo(0.65, 6);
    expect(d.probabilities[3]).toBeCloseTo(0.4 / 0.65, 6);
    expect(d.missing).toEqual([1, 2]);
    expect(d.missingBelow).toBeCloseTo(0.05, 6);
  });

  it('recovers the model distribution from probabilities reported after the temperature (WebLLM)', () => {
    // Model: P(4) = 0.6, P(5) = 0.4. At T = 0.5 the engine reports p^2 renormalised.
    const t = 0.5;
    const z = 0.6 ** 2 + 0.4 ** 2;
    const logprobs = tokens(OUTPUT, () => lp([['4', 0.36 / z], ['5', 0.16 / z]]));
    const d = expectedScores(logprobs, OUTPUT, { names, temperature: t }).distributions[0]!;
    expect(d.probabilities[3]).toBeCloseTo(0.6, 6);
    expect(d.probabilities[4]).toBeCloseTo(0.4, 6);
    const raw = expectedScores(logprobs, OUTPUT, { names }).distributions[0]!;
    expect(raw.probabilities[3]).toBeCloseTo(0.36 / z, 6);
  });

  it('says why there is no distribution at temperature 0', () => {
    const logprobs = tokens(OUTPUT, () => lp([['4', 1]]));
    const r = expectedScores(logprobs, OUTPUT, { names, temperature: 0 });
    expect(r.distributions).toEqual([]);
    expect(r.problems[0]).toMatch(/temperature/);
  });

  it('finds the answer when the engine wrote a prefix it did not sample (thinking off)', () => {
    const text = `<think>\n\n</think>\n\n${ANSWER}`;
    const logprobs = tokens(ANSWER, () => lp([['4', 0.5], ['2', 0.5]]));
    const r = expectedScores(logprobs, text, { names });
    expect(r.problems).toEqual([]);
    expect(r.distributions).toHaveLength(3);
  });

  it('reads a digit that shares its token with the text before it (" 4" tokenizers)', () => {
    const logprobs: TokenLogprob[] = [
      { token: '{"scores": {"a":', logprob: 0 },
      { token: ' 4', logprob: Math.log(0.7), top_logprobs: lp([[' 4', 0.7], [' 5', 0.2], [' 45', 0.05], ['4', 0.05]]) },
      { token: '}}', logprob: 0 },
    ];
    const d = expectedScores(logprobs, '{"scores": {"a": 4}}', { names: ['a'] }).distributions[0]!;
    expect(d.probabilities[3]).toBeCloseTo(0.7 / 0.9, 6);
    expect(d.probabilities[4]).toBeCloseTo(0.2 / 0.9, 6);
  });

  it('says which names have no distribution, and why', () => {
    const logprobs = tokens(OUTPUT, (_, k) => (k === 1 ? [] : lp([['4', 1]])));
    const r = expectedScores(logprobs, OUTPUT, { names: [...names, 'model-9'] });
    expect(r.distributions.map((d) => d.name)).toEqual(['model-1', 'model-3']);
    expect(r.unavailable).toEqual([
      { name: 'model-2', reason: 'its score token came without top log probabilities' },
      { name: 'model-9', reason: 'no score written for this name' },
    ]);
  });

  it('works as today when the engine sent no log probabilities', () => {
    const r = expectedScores(null, OUTPUT, { names });
    expect(r.distributions).toEqual([]);
    expect(r.unavailable.map((u) => u.reason)).toEqual(['no log probabilities', 'no log probabilities', 'no log probabilities']);
    expect(r.problems[0]).toMatch(/no log probabilities/);
  });

  it('flags log probabilities that do not spell the parsed answer, and an output cut before the scores', () => {
    const logprobs = tokens(OUTPUT, () => lp([['4', 1]]));
    expect(expectedScores(logprobs, OUTPUT.replace('"model-2": 2', '"model-2": 3'), { names }).problems[0]).toMatch(/do not spell/);
    const cut = tokens('<think>\nhmm\n</think>\n{"best-to-worst": [', () => []);
    expect(expectedScores(cut, '', { names }).problems[0]).toMatch(/no "scores" object/);
  });
});

describe('rankByExpected', () => {
  it('breaks integer ties by expected score and says which', () => {
    const r = rankByExpected(
      [
        { name: 'a', score: 4, expected: 3.9 },
        { name: 'b', score: 2, expected: 2.1 },
        { name: 'c', score: 4, expected: 4.3 },
        { name: 'd', score: 5, expected: 4.8 },
      ],
      ['d', 'a', 'c', 'b'],
    );
    expect(r.ranking).toEqual(['d', 'c', 'a', 'b']);
    expect(r.ties).toEqual([{ score: 4, names: ['c', 'a'], broken: true }]);
  });

  it("keeps the model's order for a tie it cannot break", () => {
    const r = rankByExpected(
      [
        { name: 'a', score: 3, expected: 3.2 },
        { name: 'b', score: 3, expected: null },
        { name: 'c', score: 3, expected: 3.6 },
        { name: 'e', score: 1, expected: 1.5 },
        { name: 'f', score: 1, expected: 1.5 },
      ],
      ['b', 'a', 'c', 'f', 'e'],
    );
    expect(r.ranking).toEqual(['b', 'a', 'c', 'f', 'e']);
    expect(r.ties).toEqual([
      { score: 3, names: ['b', 'a', 'c'], broken: false },
      { score: 1, names: ['f', 'e'], broken: false },
    ]);
  });
});

describe('expectedScores when the server’s log probabilities are incomplete', () => {
  const names = ['model-1', 'model-2', 'model-3'];
  const tops = (digit: string) => lp([[digit, 0.6], [digit === '5' ? '4' : String(Number(digit) + 1), 0.4]]);

  it('names the candidate whose score token came in a gap without log probabilities, and reads the others', () => {
    const stream = tokens(OUTPUT, tops);
    // The second score digit ("2") came in a chunk without log probabilities: the engine keeps its text, marked missing.
    let k = 0;
    const gapped = stream.map((t, i) => (/^[1-5]$/.test(t.token) && stream[i - 2]?.token === '":' && k++ === 1 ? { token: t.token, logprob: Number.NaN, top_logprobs: null, missing: true } : t));
    const e = expectedScores(gapped, OUTPUT, { names });
    expect(e.distributions.map((d) => d.name)).toEqual(['model-1', 'model-3']);
    expect(e.unavailable).toEqual([{ name: 'model-2', reason: 'the engine sent no log probabilities for the token of its score' }]);
    expect(e.problems[0]).toMatch(/^The engine sent no log probabilities for part of the output \(1 gap; the output is kept as it came\)/);
  });

  it('says so when a score is split across two tokens rather than reading one of them', () => {
    const text = '{"scores": {"model-1": 4.0, "model-2": 2}}';
    const pieces = ['{"scores": {"model-1": ', '4', '.0', ', "model-2": ', '2', '}}'];
    const stream: TokenLogprob[] = pieces.map((token) => ({ token, logprob: 0, top_logprobs: /^[1-5]$/.test(token) ? tops(token) : [{ token, logprob: 0 }] }));
    const e = expectedScores(stream, text, { names: ['model-1', 'model-2'] });
    expect(e.unavailable).toEqual([{ name: 'model-1', reason: 'its score "4.0" is split across two tokens ("4" and ".0"), so no one token’s probabilities give its distribution' }]);
    expect(e.distributions.map((d) => [d.name, d.chosen])).toEqual([['model-2', 2]]);
    const whole = expectedScores([{ token: text, logprob: 0, top_logprobs: [{ token: text, logprob: 0 }] }], text, { names: ['model-1'] });
    expect(whole.unavailable).toEqual([{ name: 'model-1', reason: 'its score "4.0" is not a single digit 1–5' }]);
  });
});
