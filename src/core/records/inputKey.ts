import { hashKey } from '../util/hash.ts';
import type { JudgeInput } from '../protocol/judgeInput.ts';
import type { EngineRef } from './judgmentRecord.ts';
import type { Sampling } from './sampling.ts';

/** What makes two judgments repeats of each other: the same case, masking, engine and sampling. */
export function inputKeyOf(input: JudgeInput, mask: boolean, engine: EngineRef, sampling: Sampling): string {
  return hashKey(JSON.stringify([input.principle, input.prompt, input.responses.map((r) => [r.name, r.text]), mask, engine.kind, engine.modelId, engine.contextWindow, sampling]));
}
