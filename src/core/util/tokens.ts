/**
 * A tokenizer-free estimate of Qwen3 tokens for a piece of text, for the live "does it fit" check before a run.
 * Qwen's BPE averages ~3.7 characters per token on English prose and code, about one token per CJK character,
 * and a bit more for punctuation-heavy text. The estimate errs slightly high so the warning comes early.
 */
export function estimateTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  let punct = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      ascii++;
      if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) punct++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      other++; // surrogate pair (emoji): counted once
      i++;
    } else {
      other++;
    }
  }
  return Math.ceil(ascii / 3.7 + punct * 0.15 + other * 1.1);
}

/** Chat-template overhead of the two messages plus the generation prompt (<|im_start|> markers, roles). */
export const CHAT_TEMPLATE_OVERHEAD_TOKENS = 16;

export function estimateMessagesTokens(messages: Array<{ content: string }>): number {
  return messages.reduce((n, m) => n + estimateTokens(m.content) + 4, CHAT_TEMPLATE_OVERHEAD_TOKENS);
}
