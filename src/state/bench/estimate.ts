import { estimateTokens, SYSTEM_PROMPT, type BenchItem } from '../../core/index.ts';

/** A measured speed to estimate from. */
export type SpeedSample =
  /** Wall time per item of an earlier run of the same model (concurrency included). */
  | { kind: 'run'; msPerItem: number; label: string }
  /** Token speeds of the last judgment with this model. */
  | { kind: 'tokens'; prefillTokensPerSec: number; decodeTokensPerSec: number; outputTokens: number | null; label: string };

/** Reasoning plus the JSON answer: a typical output length when nothing better is known. */
export const TYPICAL_OUTPUT_TOKENS = 800;

const SYSTEM_TOKENS = estimateTokens(SYSTEM_PROMPT) + 40;

/** Estimated input tokens of judging one item. */
export function itemPromptTokens(item: BenchItem, principle?: string): number {
  let n = SYSTEM_TOKENS + estimateTokens(principle ?? item.principle) + estimateTokens(item.prompt);
  for (const r of item.responses) n += estimateTokens(r.text) + 6;
  return n;
}

/**
 * Estimated wall time (ms) to judge the items, or null when there is no measured speed. Token speeds are per
 * request: `concurrency` requests in flight divide the time (a server batches them; the browser engine runs one).
 */
export function estimateRunMs(items: readonly BenchItem[], speed: SpeedSample | null, concurrency: number, principle?: string): number | null {
  if (!speed || items.length === 0) return speed ? 0 : null;
  if (speed.kind === 'run') return speed.msPerItem * items.length;
  if (!(speed.prefillTokensPerSec > 0) || !(speed.decodeTokensPerSec > 0)) return null;
  const out = speed.outputTokens ?? TYPICAL_OUTPUT_TOKENS;
  let ms = 0;
  for (const item of items) ms += (itemPromptTokens(item, principle) / speed.prefillTokensPerSec + out / speed.decodeTokensPerSec) * 1000;
  return ms / Math.max(1, concurrency);
}

/** "≈ 12 min", "≈ 40 s", "≈ 2 h 05 min". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min`;
}
