// The judging request a user (or a benchmark item) supplies, and its validation.

import { isPyBlank } from './pyStrip.ts';

export interface JudgeCandidate {
  /** The candidate's real name (shown to the user; hidden from the model when masking is on). */
  name: string;
  text: string;
}

export interface JudgeInput {
  principle: string;
  prompt: string;
  /** In the order the user gave them; names must be unique and non-empty. */
  responses: JudgeCandidate[];
}

/** Why an input cannot be judged. `field` names the input field; `index` the candidate, when there is one. */
export type JudgeInputError =
  | { code: 'empty-principle'; field: 'principle'; message: string }
  | { code: 'no-responses'; field: 'responses'; message: string }
  | { code: 'empty-name'; field: 'responses'; index: number; message: string }
  | { code: 'duplicate-name'; field: 'responses'; index: number; name: string; firstIndex: number; message: string }
  | { code: 'not-text'; field: 'principle' | 'prompt' | 'responses'; index?: number; message: string };

/** Allowed, but worth telling the user. */
export type JudgeInputWarning =
  | { code: 'empty-prompt'; field: 'prompt'; message: string }
  | { code: 'single-response'; field: 'responses'; message: string }
  | { code: 'blank-response'; field: 'responses'; index: number; name: string; message: string };

export type JudgeInputValidation =
  | { ok: true; warnings: JudgeInputWarning[] }
  | { ok: false; errors: JudgeInputError[] };

/** Thrown by `buildJudgeMessages` when the input is invalid; carries the typed errors. */
export class JudgeInputInvalid extends Error {
  readonly errors: readonly JudgeInputError[];

  constructor(errors: readonly JudgeInputError[]) {
    super(`Invalid judge input: ${errors.map((e) => e.message).join(' ')}`);
    this.name = 'JudgeInputInvalid';
    this.errors = errors;
  }
}

function label(index: number): string {
  return `Candidate ${index + 1}`;
}

/**
 * Check an input before building the prompt. Errors: blank principle (whitespace-only counts as blank), no candidates,
 * a blank or repeated candidate name, or a field that is not text (inputs may come from files at run time).
 * Warnings: blank prompt, a single candidate (it is scored alone), a blank candidate text.
 * "Blank" uses Python's whitespace set, like the rest of the protocol. Never throws.
 */
export function validateJudgeInput(input: JudgeInput): JudgeInputValidation {
  const errors: JudgeInputError[] = [];
  const warnings: JudgeInputWarning[] = [];
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<Record<keyof JudgeInput, unknown>>;

  if (typeof raw.principle !== 'string') {
    errors.push({ code: 'not-text', field: 'principle', message: 'The principle must be text.' });
  } else if (isPyBlank(raw.principle)) {
    errors.push({ code: 'empty-principle', field: 'principle', message: 'Write a principle: it is empty.' });
  }

  if (typeof raw.prompt !== 'string') {
    errors.push({ code: 'not-text', field: 'prompt', message: 'The prompt must be text.' });
  } else if (isPyBlank(raw.prompt)) {
    warnings.push({ code: 'empty-prompt', field: 'prompt', message: 'The prompt is empty; the candidates are judged without one.' });
  }

  const responses: unknown = raw.responses;
  if (!Array.isArray(responses) || responses.length === 0) {
    errors.push({ code: 'no-responses', field: 'responses', message: 'Add at least one candidate response.' });
  } else {
    if (responses.length === 1) {
      warnings.push({
        code: 'single-response',
        field: 'responses',
        message: 'Only one candidate: it is scored alone and there is no ranking to compare.',
      });
    }
    const firstIndexOf = new Map<string, number>();
    responses.forEach((candidate: unknown, index) => {
      const c = (typeof candidate === 'object' && candidate !== null ? candidate : {}) as Partial<Record<keyof JudgeCandidate, unknown>>;
      const { name, text } = c;
      if (typeof name !== 'string') {
        errors.push({ code: 'not-text', field: 'responses', index, message: `${label(index)}: the name must be text.` });
      } else if (isPyBlank(name)) {
        errors.push({ code: 'empty-name', field: 'responses', index, message: `${label(index)} has no name.` });
      } else {
        const firstIndex = firstIndexOf.get(name);
        if (firstIndex === undefined) {
          firstIndexOf.set(name, index);
        } else {
          errors.push({
            code: 'duplicate-name',
            field: 'responses',
            index,
            name,
            firstIndex,
            message: `${label(index)} has the same name as candidate ${firstIndex + 1} ("${name}"); names must be unique.`,
          });
        }
      }
      if (typeof text !== 'string') {
        errors.push({ code: 'not-text', field: 'responses', index, message: `${label(index)}: the response must be text.` });
      } else if (isPyBlank(text)) {
        warnings.push({
          code: 'blank-response',
          field: 'responses',
          index,
          name: typeof name === 'string' ? name : '',
          message: `${label(index)}${typeof name === 'string' && name !== '' ? ` ("${name}")` : ''} has an empty response.`,
        });
      }
    });
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, warnings };
}
