/** What a failed write means for the user: the cause in words, and what to do. */
export interface SaveProblem {
  message: string;
  advice: string;
}

/** Turns a storage error (IndexedDB, localStorage) into a message naming the cause. */
export function describeSaveError(e: unknown): SaveProblem {
  const name = typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' ? e.name : '';
  const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
  if (name === 'QuotaExceededError')
    return {
      message: `The browser's storage for this site is full${detail}.`,
      advice: 'Free space — delete old benchmark runs or judgments, or cached models on the Models page — then try again. Until then, keep this tab open or export your work.',
    };
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError' || name === 'NotAllowedError')
    return {
      message: `The browser refused to store data for this site${detail}.`,
      advice: 'Storage may be blocked (a private window, a site-data setting or an extension). Allow storage for this site, then try again; until then, keep this tab open or export your work.',
    };
  return { message: `Saving failed${detail || ` (${String(e)})`}.`, advice: 'Try again; until it works, keep this tab open or export your work.' };
}
