/** The JSON shapes an OpenAI-compatible server sends, built the way OpenAI and vLLM build them. */

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface Delta {
  role?: 'assistant';
  content?: string;
  reasoning_content?: string;
}

export const usage = (prompt: number, completion: number): Usage => ({
  prompt_tokens: prompt,
  completion_tokens: completion,
  total_tokens: prompt + completion,
});

export interface ChunkContext {
  id: string;
  created: number;
  model: string;
  includeUsage: boolean;
}

export function chunk(ctx: ChunkContext, delta: Delta, finishReason: 'stop' | 'length' | null = null, logprobs: object | null = null): object {
  return {
    id: ctx.id,
    object: 'chat.completion.chunk',
    created: ctx.created,
    model: ctx.model,
    choices: [{ index: 0, delta, logprobs, finish_reason: finishReason }],
    ...(ctx.includeUsage ? { usage: null } : {}),
  };
}

export function usageChunk(ctx: ChunkContext, u: Usage): object {
  return { id: ctx.id, object: 'chat.completion.chunk', created: ctx.created, model: ctx.model, choices: [], usage: u };
}

export function completion(ctx: ChunkContext, content: string, finishReason: 'stop' | 'length', u: Usage): object {
  return {
    id: ctx.id,
    object: 'chat.completion',
    created: ctx.created,
    model: ctx.model,
    choices: [{ index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: finishReason }],
    usage: u,
  };
}

export function errorBody(message: string, type: string, code: string | number | null = null): object {
  return { error: { message, type, param: null, code } };
}

/** The model list; `maxModelLen` null leaves `max_model_len` out, as servers that do not report it. */
export function modelList(ids: string[], maxModelLen: number | null, created: number): object {
  return {
    object: 'list',
    data: ids.map((id) => ({ id, object: 'model', created, owned_by: 'fixture', ...(maxModelLen === null ? {} : { max_model_len: maxModelLen }) })),
  };
}
