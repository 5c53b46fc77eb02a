import { estimateTokens } from '../util/index.ts';
import { SYSTEM_PROMPT } from '../protocol/index.ts';
import { type BenchItem } from '../bench/index.ts';

/** A measured speed to estimate from. */
export type SpeedSample =
  /**
   * Wall time per item of an earlier run of the same model, which had `inFlight` requests answering at once; at most
   * `maxInFlight` can be (the browser's connections per host over HTTP/1.1), when there is a cap.
   */
  | { kind: 'run'; msPerItem: number; inFlight: number; maxInFlight?: number; label: string }
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

/** Requests that can answer at once: no more than there are items, nor than the connections the browser opens. */
function inFlightFor(items: number, concurrency: number, maxInFlight = Infinity): number {
  return Math.max(1, Math.min(Math.floor(concurrency) || 1, items, maxInFlight));
}

/**
 * Estimated wall time (ms) to judge the items, or null when there is no measured speed. Speeds are per request:
 * `concurrency` requests in flight divide the time (a server batches them; the browser engine runs one), so a run's
 * time per item is first brought back to one request at a time.
 */
export function estimateRunMs(items: readonly BenchItem[], speed: SpeedSample | null, concurrency: number, principle?: string): number | null {
  if (!speed || items.length === 0) return speed ? 0 : null;
  if (speed.kind === 'run') return (speed.msPerItem * Math.max(1, speed.inFlight) * items.length) / inFlightFor(items.length, concurrency, speed.maxInFlight);
  if (!(speed.prefillTokensPerSec > 0) || !(speed.decodeTokensPerSec > 0)) return null;
  const out = speed.outputTokens ?? TYPICAL_OUTPUT_TOKENS;
  let ms = 0;
  for (const item of items) ms += (itemPromptTokens(item, principle) / speed.prefillTokensPerSec + out / speed.decodeTokensPerSec) * 1000;
  return ms / inFlightFor(items.length, concurrency);
}

/** "≈ 12 min", "≈ 40 s", "≈ 2 h 05 min". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const min = Math.round(s / 60);
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min`;
}
