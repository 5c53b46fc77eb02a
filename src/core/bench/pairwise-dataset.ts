import { LoadNotes } from './load-notes.ts';
import { asRecord, typeName } from './record.ts';
import { CHOSEN_SCORE, REJECTED_SCORE } from './rmbench.ts';
import type { BenchItem, LoadError, LoadResult } from './types.ts';

export interface PairwiseOptions {
  principle: string;
  domain?: string;
  /** Default `pairwise`. */
  source?: string;
}

/**
 * Pairwise preference data (`{prompt, chosen, rejected}` objects, as in many reward-model data sets) to two-candidate
 * items with responses `chosen` and `rejected` (names are masked before judging anyway) and ground truth
 * chosen ({@link CHOSEN_SCORE}) above rejected ({@link REJECTED_SCORE}), ranking `[chosen, rejected]`.
 * `chosen` / `rejected` may be strings or chat-message arrays (the last assistant message is taken); `prompt` may be a
 * string or messages (the last user message), and when missing it is taken from the conversation in `chosen`.
 * Accepts an array or `{data|items: [...]}`. Ids: the entry's `id` if any, else `pair-N`. Never throws.
 */
export function fromPairwise(data: unknown, options: PairwiseOptions): LoadResult {
  const notes = new LoadNotes();
  let entries: unknown[] | null = Array.isArray(data) ? data : null;
  if (!entries) {
    const record = asRecord(data);
    const inner = record?.get('data') ?? record?.get('items');
    if (Array.isArray(inner)) entries = inner;
  }
  if (!entries) {
    return { items: [], errors: [{ where: 'file', message: `expected an array of {prompt, chosen, rejected}, got ${typeName(data)}` }], notes: [] };
  }
  const items: BenchItem[] = [];
  const errors: LoadError[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const where = `item ${index + 1}`;
    const result = convert(entry, index, options, notes, where);
    if (typeof result === 'string') errors.push({ where, message: result });
    else if (seen.has(result.id)) errors.push({ where, message: `duplicate id "${result.id}"; entry skipped` });
    else {
      seen.add(result.id);
      items.push(result);
    }
  });
  return { items, errors, notes: notes.toStrings() };
}

function convert(entry: unknown, index: number, options: PairwiseOptions, notes: LoadNotes, where: string): BenchItem | string {
  const record = asRecord(entry);
  if (!record) return `expected an object, got ${typeName(entry)}`;
  const problems: string[] = [];
  const chosen = responseText(record.get('chosen'), 'chosen', problems);
  const rejected = responseText(record.get('rejected'), 'rejected', problems);
  let prompt = promptText(record.get('prompt'), problems);
  if (prompt === undefined && problems.length === 0) {
    prompt = lastMessage(record.get('chosen'), 'user', true);
    if (prompt !== undefined) notes.add('prompt taken from the last user message of "chosen"', where);
    else problems.push('missing field "prompt"');
  }
  if (problems.length > 0 || chosen === undefined || rejected === undefined || prompt === undefined) {
    return problems.join('; ');
  }
  if (chosen === rejected) notes.add('chosen and rejected are identical', where);
  const rawId = record.get('id');
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `pair-${index + 1}`;
  const item: BenchItem = {
    id,
    source: options.source ?? 'pairwise',
    principle: options.principle,
    prompt,
    responses: [
      { name: 'chosen', text: chosen },
      { name: 'rejected', text: rejected },
    ],
    gt: { scores: [['chosen', CHOSEN_SCORE], ['rejected', REJECTED_SCORE]], ranking: ['chosen', 'rejected'] },
  };
  if (options.domain !== undefined) item.domain = options.domain;
  return item;
}

function responseText(value: unknown, name: string, problems: string[]): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const text = lastMessage(value, 'assistant', false);
    if (text === undefined) problems.push(`"${name}" has no assistant message`);
    return text;
  }
  problems.push(value === undefined ? `missing field "${name}"` : `"${name}" must be a string or chat messages, got ${typeName(value)}`);
  return undefined;
}

function promptText(value: unknown, problems: string[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const text = lastMessage(value, 'user', false);
    if (text === undefined) problems.push('"prompt" messages have no user message');
    return text;
  }
  problems.push(`"prompt" must be a string or chat messages, got ${typeName(value)}`);
  return undefined;
}

/**
 * Content of the last message with `role`. With `beforeLastAssistant`, only messages before the final assistant
 * message are considered (the prompt of a conversation that ends with the answer).
 */
function lastMessage(value: unknown, role: string, beforeLastAssistant: boolean): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const messages = value.map((m: unknown) => asRecord(m));
  let end = messages.length;
  if (beforeLastAssistant) {
    for (let i = messages.length - 1; i >= 0; i--) {
      if (messages[i]?.get('role') === 'assistant') {
        end = i;
        break;
      }
    }
  }
  for (let i = end - 1; i >= 0; i--) {
    const message = messages[i];
    const content = message?.get('content');
    if (message?.get('role') === role && typeof content === 'string') return content;
  }
  return undefined;
}
