// The thinking budget (issue 14, item 2): a cap on the reasoning in tokens, enforced in two steps because a cap inside
// the answer grammar is too slow in XGrammar 0.1.27 (scripts/bench/budgetGrammar.mjs). The first request runs with
// max_tokens = the budget; when it stops for length, the app closes the reasoning here and asks the engine to continue
// the reply from this text, with the answer-only grammar where the engine takes one.

import type { ChatMessage } from './chatMessage.ts';
import { THINK_CLOSE, THINK_OPEN } from './thinkSections.ts';

/** What the continuation starts from: the reply so far, with the reasoning closed. */
export interface BudgetContinuation {
  /** The assistant's reply up to and including `</think>` and the blank line after it. */
  prefix: string;
  /** The budget cut the reasoning (no `</think>` in the first part); false: the reasoning ended on its own and only the answer was cut. */
  cut: boolean;
}

/** The text the model wrote after `</think>` before its answer, as Qwen3's template writes it. */
const AFTER_CLOSE = '\n\n';

/**
 * Where to continue a reply that stopped at the budget (finish "length"). Reasoning without `</think>` is closed
 * ("…\n</think>\n\n"); a reply whose reasoning ended but whose answer was cut keeps its reasoning and drops the partial
 * answer, so the whole answer is written again under the grammar.
 */
export function closeReasoning(text: string): BudgetContinuation {
  const open = text.indexOf(THINK_OPEN);
  const close = text.indexOf(THINK_CLOSE, open === -1 ? 0 : open + THINK_OPEN.length);
  if (close !== -1) return { prefix: text.slice(0, close + THINK_CLOSE.length) + AFTER_CLOSE, cut: false };
  const start = open === -1 ? `${THINK_OPEN}\n` : '';
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return { prefix: `${start}${body}${THINK_CLOSE}${AFTER_CLOSE}`, cut: true };
}

/**
 * Models whose chat template the app writes itself (for an engine that takes a raw prompt, WebLLM's completions): the
 * Qwen3 family, RewardAnything-8B among them (a Qwen3-8B fine-tune with Qwen3's template).
 */
export function knowsChatTemplate(modelId: string): boolean {
  return /qwen3|rewardanything/i.test(modelId);
}

/**
 * The prompt Qwen3's chat template makes of `messages` with the assistant's reply begun by `assistantPrefix` and left
 * open (no `<|im_end|>`), so the model continues it: `<|im_start|>{role}\n{content}<|im_end|>\n` per message, then
 * `<|im_start|>assistant\n{prefix}`. Thinking on only (with it off the template writes an empty think block first).
 */
export function qwen3ChatPrompt(messages: readonly ChatMessage[], assistantPrefix: string): string {
  const turns = messages.map((m) => `<|im_start|>${m.role}\n${m.content}<|im_end|>\n`).join('');
  return `${turns}<|im_start|>assistant\n${assistantPrefix}`;
}
