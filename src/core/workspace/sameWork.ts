/** The content of a playground workspace, as far as the user's work goes (list keys and ids are not work). */
export interface WorkContent {
  principle: string;
  prompt: string;
  candidates: ReadonlyArray<{ name: string; text: string }>;
}

/** Whether two workspaces hold the same work: same principle, prompt and candidates in the same order. */
export function sameWork(a: WorkContent, b: WorkContent): boolean {
  return (
    a.principle === b.principle &&
    a.prompt === b.prompt &&
    a.candidates.length === b.candidates.length &&
    a.candidates.every((c, i) => c.name === b.candidates[i]!.name && c.text === b.candidates[i]!.text)
  );
}

/** Nothing typed: every text is blank. */
export function isBlankWork(w: WorkContent): boolean {
  return !w.principle.trim() && !w.prompt.trim() && w.candidates.every((c) => !c.text.trim());
}
