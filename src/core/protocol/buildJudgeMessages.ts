// The reference's `prepare_chat_messages`: the system prompt, then the user message
// `json.dumps({"principle": P, "prompt": Q, "responses": R}, ensure_ascii=False)`, with R masked and shuffled by default.

import type { JudgePromptMessage } from './chatMessage.ts';
import type { JudgeInput, JudgeInputError, JudgeInputWarning } from './judgeInput.ts';
import { JudgeInputInvalid, validateJudgeInput } from './judgeInput.ts';
import { maskedName, maskingOrder } from './masking.ts';
import { pyObject } from './pyObject.ts';
import type { PyJsonInput } from './pyJsonDumps.ts';
import { pythonJsonDumps } from './pyJsonDumps.ts';
import { SYSTEM_PROMPT } from './systemPrompt.ts';

export interface BuildJudgeOptions {
  /** The reference's `mask_responses`; default true (names hidden as model-1…model-N, order shuffled). */
  mask?: boolean;
}

export interface JudgeMessages {
  messages: JudgePromptMessage[];
  /** `[masked, real]` pairs in model-1…model-N order when masking; null without masking. */
  maskedToReal: Array<[string, string]> | null;
}

export type TryBuildJudgeMessagesResult =
  | ({ ok: true; warnings: JudgeInputWarning[] } & JudgeMessages)
  | { ok: false; errors: JudgeInputError[] };

function build(input: JudgeInput, mask: boolean): JudgeMessages {
  const { responses } = input;
  let pairs: Array<[string, string]>;
  let maskedToReal: Array<[string, string]> | null = null;
  if (mask) {
    const order = maskingOrder(responses.length);
    pairs = order.map((index, position) => [maskedName(position), responses[index]!.text]);
    maskedToReal = order.map((index, position) => [maskedName(position), responses[index]!.name]);
  } else {
    pairs = responses.map((r) => [r.name, r.text]);
  }
  const user = pythonJsonDumps(
    pyObject<PyJsonInput>([
      ['principle', input.principle],
      ['prompt', input.prompt],
      ['responses', pyObject(pairs)],
    ]),
  );
  return {
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: user },
    ],
    maskedToReal,
  };
}

/**
 * Build the two chat messages exactly as the reference does, plus the masked → real name map.
 * @throws JudgeInputInvalid (carrying the typed errors) when `validateJudgeInput` rejects the input; nothing else.
 */
export function buildJudgeMessages(input: JudgeInput, options: BuildJudgeOptions = {}): JudgeMessages {
  const validation = validateJudgeInput(input);
  if (!validation.ok) throw new JudgeInputInvalid(validation.errors);
  return build(input, options.mask ?? true);
}

/** `buildJudgeMessages` as a result union: never throws. */
export function tryBuildJudgeMessages(input: JudgeInput, options: BuildJudgeOptions = {}): TryBuildJudgeMessagesResult {
  const validation = validateJudgeInput(input);
  if (!validation.ok) return { ok: false, errors: validation.errors };
  return { ok: true, warnings: validation.warnings, ...build(input, options.mask ?? true) };
}
