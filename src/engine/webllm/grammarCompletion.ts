import type { CompletionCreateParams, CompletionCreateParamsStreaming, ResponseFormat } from '@mlc-ai/web-llm';

/** A raw completion that carries the answer grammar: the thinking budget's second step on the browser engine. */
export type GrammarCompletionParams = CompletionCreateParamsStreaming & { response_format?: ResponseFormat };

/**
 * The grammar a completion request asks for, checked as WebLLM checks a chat request's: only `type: "grammar"` with
 * its EBNF, and only when streamed (the app always streams). Throws with the field named; undefined when none is asked.
 */
export function completionGrammar(request: CompletionCreateParams): ResponseFormat | undefined {
  const format = (request as { response_format?: ResponseFormat | null }).response_format;
  if (format === undefined || format === null) return undefined;
  if (format.type !== 'grammar' || typeof format.grammar !== 'string' || format.grammar === '') {
    throw new Error('completions: response_format must be { type: "grammar", grammar: <EBNF> } (the only kind a completion takes here).');
  }
  if (!request.stream) throw new Error('completions: response_format is taken only by a streamed completion.');
  return { type: 'grammar', grammar: format.grammar };
}
