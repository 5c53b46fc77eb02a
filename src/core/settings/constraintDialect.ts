// How each kind of OpenAI-compatible server takes a grammar and log probabilities in a chat-completions request
// (issue 14). Sources, read for this (see docs/engines.md, "Constrained answers and expected scores"):
// - vLLM: docs.vllm.ai/en/latest/features/structured_outputs/ — `structured_outputs: {grammar}`; the older
//   `guided_grammar` was removed in v0.12.0. With `--reasoning-parser`, the grammar applies after the reasoning
//   (docs.vllm.ai/en/latest/features/reasoning_outputs/).
// - SGLang: docs.sglang.io/docs/advanced_features/structured_outputs — `ebnf` (XGrammar backend by default); with
//   `--reasoning-parser` the reasoning is left free (…/structured_outputs_for_reasoning_models).
// - llama.cpp: tools/server/README.md — /v1/chat/completions takes the /completion options, `grammar` among them, in
//   GBNF (grammars/README.md).
// - All: the OpenAI fields `logprobs: true, top_logprobs: k` (WebLLM allows k ≤ 5).

export type ServerDialect = 'vllm' | 'vllm-legacy' | 'sglang' | 'llamacpp' | 'none';

export const SERVER_DIALECTS: ReadonlyArray<{ id: ServerDialect; label: string; field: string | null }> = [
  { id: 'vllm', label: 'vLLM 0.11 and later', field: 'structured_outputs.grammar' },
  { id: 'vllm-legacy', label: 'vLLM before 0.12', field: 'guided_grammar' },
  { id: 'sglang', label: 'SGLang', field: 'ebnf' },
  { id: 'llamacpp', label: 'llama.cpp server', field: 'grammar (GBNF)' },
  { id: 'none', label: 'Other (no constraint)', field: null },
];

/**
 * Which part of the output the grammar must describe. A server that splits the reasoning off (vLLM and SGLang with
 * `--reasoning-parser`) applies the grammar only after `</think>`, so it gets the answer-only grammar
 * (`answerGrammar({ thinking: false })`); otherwise the grammar covers the whole output, reasoning included.
 */
export function grammarCoversReasoning(dialect: ServerDialect, serverSplitsReasoning: boolean): boolean {
  if (dialect === 'llamacpp') return true;
  return !serverSplitsReasoning;
}

/** The request-body fields that carry `ebnf` (XGrammar EBNF from answerGrammar) for this server; {} for none. */
export function constraintFields(dialect: ServerDialect, ebnf: string | null): Record<string, unknown> {
  if (ebnf === null) return {};
  switch (dialect) {
    case 'vllm':
      return { structured_outputs: { grammar: ebnf } };
    case 'vllm-legacy':
      return { guided_grammar: ebnf };
    case 'sglang':
      return { ebnf };
    case 'llamacpp':
      return { grammar: toGbnf(ebnf) };
    case 'none':
      return {};
  }
}

/**
 * The request field with which a server that splits the reasoning off closes it itself after `tokens` tokens, in the
 * same request, before the grammar takes over for the answer (the thinking budget, issue 14 item 2); null where the
 * kind has none the app knows. Sources (docs/engines.md, "Thinking budget"):
 * - vLLM: `thinking_token_budget` in the request (docs.vllm.ai, vllm/v1/sample/thinking_budget_state: forces the end
 *   of reasoning once the budget is spent; the server needs `--reasoning-parser` or `--reasoning-config`).
 * - SGLang: `custom_params: {thinking_budget}` with the server started with `--enable-strict-thinking` and
 *   `--reasoning-parser` (docs.sglang.io/docs/advanced_features/thinking_budget: "a grammar-level token filter that
 *   enforces an exact per-request budget").
 */
export function serverBudgetField(dialect: ServerDialect): string | null {
  if (dialect === 'vllm') return 'thinking_token_budget';
  if (dialect === 'sglang') return 'custom_params.thinking_budget';
  return null;
}

/** The request-body fields of serverBudgetField for `tokens`; {} for none or a kind without one. */
export function serverBudgetFields(dialect: ServerDialect, tokens: number | null): Record<string, unknown> {
  if (tokens === null) return {};
  if (dialect === 'vllm') return { thinking_token_budget: tokens };
  if (dialect === 'sglang') return { custom_params: { thinking_budget: tokens } };
  return {};
}

/** The OpenAI log-probability fields; {} when `topLogprobs` is null (not asked). */
export function logprobsFields(topLogprobs: number | null): Record<string, unknown> {
  if (topLogprobs === null) return {};
  if (!Number.isInteger(topLogprobs) || topLogprobs < 0 || topLogprobs > 20) throw new RangeError(`top_logprobs must be 0–20, got ${topLogprobs}`);
  return { logprobs: true, top_logprobs: topLogprobs };
}

export class GbnfConversionError extends Error {}

/**
 * XGrammar EBNF → llama.cpp GBNF. The two share literals, classes, ( ) | ? * + {m,n}, `#` comments and rule names
 * of letters, digits, '-' and '_'; what differs is converted: '.' in a rule name becomes '-', `\x` escapes of other
 * than two hex digits become `\u`/`\U`, `[^]` (any character) becomes `.`. XGrammar-only constructs (macros such as
 * TagDispatch, lookahead `(= …)`) have no GBNF form and throw GbnfConversionError. The app's answer grammar needs no
 * change (answerGrammar.ts keeps to the shared subset).
 */
export function toGbnf(ebnf: string): string {
  let out = '';
  let i = 0;
  const n = ebnf.length;
  const fail = (what: string) => {
    const line = ebnf.slice(0, i).split('\n').length;
    throw new GbnfConversionError(`${what} (line ${line}) has no GBNF form`);
  };
  while (i < n) {
    const ch = ebnf[i]!;
    if (ch === '#') {
      const end = ebnf.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      out += ebnf.slice(i, stop);
      i = stop;
    } else if (ch === '"') {
      let j = i + 1;
      let lit = '"';
      while (j < n && ebnf[j] !== '"') {
        if (ebnf[j] === '\\') {
          const [esc, len] = escape(ebnf, j);
          lit += esc;
          j += len;
        } else lit += ebnf[j++];
      }
      out += `${lit}"`;
      i = j + 1;
    } else if (ch === '[') {
      if (ebnf.startsWith('[^]', i)) {
        out += '.';
        i += 3;
        continue;
      }
      let j = i + 1;
      let cls = '[';
      while (j < n && ebnf[j] !== ']') {
        if (ebnf[j] === '\\') {
          const [esc, len] = escape(ebnf, j);
          cls += esc;
          j += len;
        } else cls += ebnf[j++];
      }
      out += `${cls}]`;
      i = j + 1;
    } else if (ch === '(' && ebnf[i + 1] === '=') {
      fail('A lookahead assertion');
    } else if (/[A-Za-z_]/.test(ch)) {
      let j = i;
      while (j < n && /[A-Za-z0-9_.-]/.test(ebnf[j]!)) j++;
      const name = ebnf.slice(i, j);
      // A macro call is a name followed at once by "(" (with a space between, it is a rule then a group).
      if (ebnf[j] === '(') {
        i = j;
        fail(`The macro ${name}(…)`);
      }
      out += name.replace(/\./g, '-');
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** One escape at `at` (a backslash): the GBNF form and how many characters it took. */
function escape(s: string, at: number): [string, number] {
  const next = s[at + 1] ?? '';
  if (next === 'x') {
    let j = at + 2;
    while (j < s.length && /[0-9a-fA-F]/.test(s[j]!)) j++;
    const hex = s.slice(at + 2, j);
    const cp = parseInt(hex || '0', 16);
    const form = hex.length === 2 ? `\\x${hex}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
    return [form, j - at];
  }
  return [s.slice(at, at + 2), 2];
}
