// The grammar that holds a judge's answer to the protocol while leaving its reasoning free (issue 14).
//
// Shape (thinking on; with thinking off the chat template writes the empty think block and the grammar is `answer`):
//   ws "<think>" reasoning "</think>" ws [```json | ```] ws {JSON} ws [```] ws
// - reasoning: any text without "</think>" (optionally capped: see `thinkingBudget`);
// - JSON: one object with "scores" and "best-to-worst" in either order (the fixtures have both; "best-to-worse", which
//   the parser accepts, too); "scores" has exactly this judgment's names, each once, in the order the prompt lists
//   them, each an integer 1–5; "best-to-worst" lists N names — a permutation of them for N ≤ EXACT_RANKING_MAX,
//   otherwise N names of the set (a permutation needs one grammar state per subset of names: 2^N);
// - names are written as the prompt writes them (Python's json.dumps with ensure_ascii=False);
// - whitespace where JSON allows it, at most `maxWhitespace` characters per gap (unbounded whitespace lets a weak
//   model loop on spaces until the token limit).
// The text is in the subset of XGrammar's EBNF that llama.cpp's GBNF shares (rule names of letters, digits and '-',
// quoted literals, character classes, ( ) | ? * {m,n}), so servers get the same grammar (see constraintDialect.ts).

import { pythonJsonString } from './pyJsonDumps.ts';

export interface AnswerGrammarOptions {
  /** The names the model sees, in the order the prompt lists them: model-1…model-N when masked, else the user's. */
  names: readonly string[];
  /** true: the model writes `<think>…</think>` itself; false: the template wrote an empty think block. */
  thinking: boolean;
  /**
   * A cap on the reasoning, in characters (a run of "<" that starts a partial "</think>" counts as one); when it is
   * reached only "</think>" (after at most 8 more "<…" fragments) may follow, so the answer is always written. null
   * or undefined: no cap. Ignored with thinking off. Correct, but too slow to use with a real vocabulary in XGrammar
   * 0.1.27: no mask finished in 60 s at 500 characters, and no counted form measured does better than ~100 ms a token
   * (scripts/bench/budgetGrammar.mjs), so the app's thinking budget is two requests (core/protocol/thinkingBudget.ts).
   */
  thinkingBudget?: number | null;
  /** Longest whitespace allowed in one gap of the answer (default 20). */
  maxWhitespace?: number;
}

export interface AnswerGrammar {
  /** XGrammar EBNF (root rule `root`); also valid GBNF. */
  ebnf: string;
  /** Whether "best-to-worst" must be a permutation of the names (else: N names of the set, repeats possible). */
  exactRanking: boolean;
  /** The reasoning cap in characters, or null. */
  thinkingBudget: number | null;
}

/** Up to this many names, the ranking is held to a permutation (2^N − 1 rules: 255 at N = 8). */
export const EXACT_RANKING_MAX = 8;
const DEFAULT_MAX_WHITESPACE = 20;

/**
 * `text` as an EBNF/GBNF sequence of string literals (quotes included), control characters escaped. A literal ends after
 * each non-ASCII character: XGrammar 0.1.27 refuses the real tokens of a literal in which a non-ASCII character is
 * followed by more text ("éc" as one literal refuses Qwen3's token "éc"; "é" "c" accepts it).
 */
export function ebnfLiteral(text: string): string {
  const parts: string[] = [];
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f || (cp >= 0xd800 && cp <= 0xdfff)) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += ch;
    if (cp > 0x7f) {
      parts.push(`"${out}"`);
      out = '';
    }
  }
  if (out !== '' || parts.length === 0) parts.push(`"${out}"`);
  return parts.join(' ');
}

function reasoningRules(budget: number | null): string[] {
  // A string without "</think>": single characters other than "<", and "<" runs that break off a partial "</think>".
  const lt = 'think-lt ::= "<" | "</" | "</t" | "</th" | "</thi" | "</thin" | "</think"';
  const close =
    'think-close ::= "<" [^</] | "</" [^<t] | "</t" [^<h] | "</th" [^<i] | "</thi" [^<n] | "</thin" [^<k] | "</think" [^<>]';
  if (budget === null) {
    // The same language as the budgeted form, written as a trie over the prefixes of "</think>" with runs of [^<]
    // between: XGrammar computes its token mask in ~0.03 ms per token against Qwen3's vocabulary, where a star over
    // single-character alternatives (`([^<] | …)*`) costs ~1 s per token inside the reasoning (scripts/bench/grammar.mjs).
    return [
      'reasoning ::= [^<]* ("<" think-1)*',
      'think-1 ::= ([^/<] [^<]* | "/" think-2)?',
      'think-2 ::= ([^t<] [^<]* | "t" think-3)?',
      'think-3 ::= ([^h<] [^<]* | "h" think-4)?',
      'think-4 ::= ([^i<] [^<]* | "i" think-5)?',
      'think-5 ::= ([^n<] [^<]* | "n" think-6)?',
      'think-6 ::= ([^k<] [^<]* | "k" think-7)?',
      'think-7 ::= ([^><] [^<]*)?',
    ];
  }
  return [`reasoning ::= think-unit{0,${budget}} think-lt{0,8}`, 'think-unit ::= [^<] | think-lt{0,16} think-close', lt, close];
}

function rankingRules(names: readonly string[], exact: boolean): string[] {
  const n = names.length;
  const lit = names.map((name) => ebnfLiteral(pythonJsonString(name)));
  if (!exact) {
    const tail = n > 1 ? ` (ws "," ws rank-name){${n - 1}}` : '';
    return [`ranking ::= "[" ws rank-name${tail} ws "]"`, `rank-name ::= ${lit.join(' | ')}`];
  }
  // rank-S: the names in S (a bit set) are written; one of the others comes next.
  const full = (1 << n) - 1;
  const rules = ['ranking ::= "[" ws rank-0'];
  for (let used = 0; used < full; used++) {
    const options: string[] = [];
    for (let i = 0; i < n; i++) {
      if (used & (1 << i)) continue;
      const next = used | (1 << i);
      options.push(next === full ? `${lit[i]} ws "]"` : `${lit[i]} ws "," ws rank-${next}`);
    }
    rules.push(`rank-${used} ::= ${options.join(' | ')}`);
  }
  return rules;
}

/**
 * The grammar for one judgment. Pure; the same options give the same text (so it can be a cache key).
 * @throws RangeError when there are no names, a name repeats, or the budget is not a positive whole number.
 */
export function answerGrammar(options: AnswerGrammarOptions): AnswerGrammar {
  const { names, thinking } = options;
  if (names.length === 0) throw new RangeError('answerGrammar needs at least one name');
  if (new Set(names).size !== names.length) throw new RangeError('answerGrammar needs distinct names');
  const budget = thinking ? (options.thinkingBudget ?? null) : null;
  if (budget !== null && (!Number.isSafeInteger(budget) || budget < 1)) throw new RangeError(`thinking budget must be a positive whole number, got ${budget}`);
  const ws = options.maxWhitespace ?? DEFAULT_MAX_WHITESPACE;
  if (!Number.isSafeInteger(ws) || ws < 0) throw new RangeError(`maxWhitespace must be a whole number ≥ 0, got ${ws}`);
  const exact = names.length <= EXACT_RANKING_MAX;

  const entries = names.map((name) => `${ebnfLiteral(pythonJsonString(name))} ws ":" ws score`);
  const rules = [
    thinking ? 'root ::= ws "<think>" reasoning "</think>" answer' : 'root ::= answer',
    ...(thinking ? reasoningRules(budget) : []),
    'answer ::= ws ("```json" ws | "```" ws)? object ws ("```" ws)?',
    'object ::= "{" ws (scores-pair ws "," ws ranking-pair | ranking-pair ws "," ws scores-pair) ws "}"',
    'scores-pair ::= "\\"scores\\"" ws ":" ws scores',
    'ranking-pair ::= "\\"best-to-wors" [te] "\\"" ws ":" ws ranking',
    `scores ::= "{" ws ${entries.join(' ws "," ws ')} ws "}"`,
    'score ::= [1-5]',
    ...rankingRules(names, exact),
    `ws ::= [ \\t\\n\\r]{0,${ws}}`,
  ];
  return { ebnf: rules.join('\n') + '\n', exactRanking: exact, thinkingBudget: budget };
}

/**
 * Whether the reasoning in `raw` used up the grammar's budget (so the grammar closed it): its units counted as the
 * grammar counts them (a character other than "<"; a run of partial "</think" fragments with the character that
 * breaks it off). False without a budget or without a closed think block.
 */
export function reasoningHitBudget(raw: string, budget: number | null): boolean {
  if (budget === null) return false;
  const open = raw.indexOf('<think>');
  const close = open === -1 ? -1 : raw.indexOf('</think>', open + 7);
  if (close === -1) return false;
  const text = raw.slice(open + 7, close);
  const tag = '</think';
  let units = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '<') {
      units++;
      i++;
      continue;
    }
    while (text[i] === '<') {
      let m = 1;
      while (m < tag.length && text[i + m] === tag[m]) m++;
      i += m;
    }
    if (i < text.length) {
      units++;
      i++;
    }
  }
  return units >= budget;
}
