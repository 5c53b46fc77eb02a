// The reference's `safe_parse_json` fallback chain, applied to the answer text (see thinkSections.ts):
//   1. json.loads(answer)                      -> 'direct'   (any JSON value; the caller checks it is an object)
//   2. json.loads(fix_json_format(answer))     -> 'repaired' (idem)
//   3. json.loads(answer[first '{' : last '}']) -> 'bracket'  (only if it yields an object; sliced from the answer,
//                                                              not from the repaired text)
//   4. nothing                                  -> 'failed'
// The reference lets a RecursionError from step 1 escape (it only catches JSONDecodeError there); here every step
// simply fails over to the next one.

import { fixJsonSyntax, renameBestToWorse } from './fixJson.ts';
import type { JsonValue } from './pyJsonLoads.ts';
import { isJsonObject, pythonJsonLoads } from './pyJsonLoads.ts';

export type JsonRecovery = 'direct' | 'repaired' | 'bracket' | 'failed';

export interface AnswerJson {
  /** The parsed value; undefined when every attempt failed. */
  value: JsonValue | undefined;
  json: JsonRecovery;
  /** The repair renamed a quoted "best-to-worse" (so the model wrote that key, not "best-to-worst"). */
  renamedBestToWorse: boolean;
}

export function parseAnswerJson(answer: string): AnswerJson {
  const direct = pythonJsonLoads(answer);
  if (direct.ok) return { value: direct.value, json: 'direct', renamedBestToWorse: false };

  const syntaxFixed = fixJsonSyntax(answer);
  const fixed = renameBestToWorse(syntaxFixed);
  const repaired = pythonJsonLoads(fixed);
  if (repaired.ok) return { value: repaired.value, json: 'repaired', renamedBestToWorse: fixed !== syntaxFixed };

  const first = answer.indexOf('{');
  const last = answer.lastIndexOf('}');
  if (first !== -1 && last > first) {
    const bracket = pythonJsonLoads(answer.slice(first, last + 1));
    if (bracket.ok && isJsonObject(bracket.value)) return { value: bracket.value, json: 'bracket', renamedBestToWorse: false };
  }
  return { value: undefined, json: 'failed', renamedBestToWorse: false };
}
