import { decodeCaseFragment, isCaseFragment, parseJudgeOutput, type SharedCase } from '../core/index.ts';
import { useAppStore } from '../state/store.ts';
import { DEFAULT_SAMPLING } from '../engine/types.ts';
import type { JudgmentRecord } from '../state/records.ts';

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
  useAppStore.getState().openCase(c, 'the shared link', () => {
    if (c.result) showSharedResult(c);
    report({ opened: true, withResult: Boolean(c.result) });
  });
}

/** The result a link carries, shown as a judgment. */
function showSharedResult(c: SharedCase): void {
  if (c.result) {
    const parsed = parseJudgeOutput(c.result.raw, null, c.responses.map((r) => r.name));
    const record: JudgmentRecord = {
      id: `shared-${Date.now()}`,
      createdAt: c.result.createdAt || Date.now(),
      finishedAt: c.result.createdAt || Date.now(),
      inputKey: 'shared',
      input: { principle: c.principle, prompt: c.prompt, responses: c.responses },
      mask: c.mask,
      maskedToReal: null,
      engine: { kind: 'webllm', modelId: c.result.modelId, contextWindow: 0 },
      sampling: { ...DEFAULT_SAMPLING },
      status: 'done',
      raw: c.result.raw,
      // The link carries the un-masked result; keep it as shared rather than re-deriving names.
      parsed: { reasoning: c.result.reasoning, scores: c.result.scores, ranking: c.result.ranking, diagnostics: parsed.diagnostics },
      stats: null,
      finishReason: 'stop',
      error: null,
      tag: 'shared',
    };
    useAppStore.getState().showJudgment(record);
  }
}
