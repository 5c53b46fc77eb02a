import type { Command, CommandContext } from './types.ts';

/** The candidate whose text has the focus (its text field carries the candidate's key). */
const candidateKey = (t: EventTarget | null) => (t instanceof HTMLElement ? t.dataset.candidateKey : undefined);

function move(ctx: CommandContext, delta: number) {
  const key = candidateKey(ctx.target);
  if (!key || !(ctx.target instanceof HTMLElement)) return;
  const id = ctx.target.id;
  ctx.state.workspaceActions.moveCandidate(key, delta);
  // The card is re-rendered in its new place: keep typing where the user was.
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export const moveCandidateUp = {
  id: 'move-candidate-up',
  label: 'Move the candidate up (in its text)',
  scope: 'candidate-text',
  enabled: ({ target }) => candidateKey(target) !== undefined,
  perform: (ctx) => move(ctx, -1),
} as const satisfies Command;

export const moveCandidateDown = {
  id: 'move-candidate-down',
  label: 'Move the candidate down (in its text)',
  scope: 'candidate-text',
  enabled: ({ target }) => candidateKey(target) !== undefined,
  perform: (ctx) => move(ctx, 1),
} as const satisfies Command;
