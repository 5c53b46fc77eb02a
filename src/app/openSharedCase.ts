import { buildJudgeMessages, decodeCaseFragment, inputKeyOf, isCaseFragment, parseJudgeOutput, type SharedCase, type JudgmentRecord } from '../core/index.ts';
import { useAppStore } from '../state/index.ts';

export type SharedOpen = { opened: true; withResult: boolean } | { opened: false; error: string } | null;

/**
 * Opens a case from the URL fragment (#case=…): no network request; the fragment is then cleared. Work on screen is
 * not replaced without asking (the store's `openCase`); `report` hears once the case is in, or what was wrong.
 */
export function openSharedCaseFromHash(report: (r: NonNullable<SharedOpen>) => void): void {
  const hash = window.location.hash;
  if (!isCaseFragment(hash)) return;
  const res = decodeCaseFragment(hash);
  history.replaceState(null, '', `${location.pathname}${location.search}#/playground`);
  if (!res.ok) return report({ opened: false, error: res.error });
  const c = res.value;
  useAppStore.getState().workspaceActions.openCase(c, 'the shared link', () => {
    if (c.result) showSharedResult(c);
    report({ opened: true, withResult: Boolean(c.result) });
  });
}

/**
 * The result a link carries, shown as the sender saw it: read with the masking key the sender's run used (carried in
 * the link; older links without it get the key again, as masking depends only on the number of candidates).
 */
function showSharedResult(c: SharedCase): void {
  const result = c.result;
  if (!result) return;
  const input = { principle: c.principle, prompt: c.prompt, responses: c.responses };
  const maskedToReal = result.maskedToReal !== undefined ? result.maskedToReal : c.mask ? buildJudgeMessages(input, { mask: true }).maskedToReal : null;
  const parsed = parseJudgeOutput(result.raw, maskedToReal, c.responses.map((r) => r.name));
  // Links made before the sampling was carried: the settings on screen, so the result is not called stale at once.
  const sampling = result.sampling ?? { ...useAppStore.getState().settings.sampling };
  const engine = { kind: 'webllm' as const, modelId: result.modelId, contextWindow: 0 };
  const record: JudgmentRecord = {
    id: `shared-${Date.now()}`,
    createdAt: result.createdAt || Date.now(),
    finishedAt: result.createdAt || Date.now(),
    inputKey: inputKeyOf(input, c.mask, engine, sampling),
    input,
    mask: c.mask,
    maskedToReal,
    engine,
    sampling,
    status: result.status ?? 'done',
    raw: result.raw,
    // The link carries the un-masked result; keep it as shared rather than re-deriving names.
    parsed: { reasoning: result.reasoning, scores: result.scores, ranking: result.ranking, diagnostics: parsed.diagnostics },
    stats: null,
    finishReason: result.status === 'stopped' ? 'abort' : 'stop',
    error: null,
    tag: 'shared',
  };
  useAppStore.getState().playgroundActions.showJudgment(record);
}
