import type { Interval } from '../../core/index.ts';

export const fmtNum = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits);

export const fmtCi = (ci: Interval | null | undefined, digits = 1): string => (ci ? `${ci.lo.toFixed(digits)}–${ci.hi.toFixed(digits)}` : '');

export const fmtBytes = (n: number): string =>
  n < 1024 ? `${n} B` : n < 1048576 ? `${(n / 1024).toFixed(1)} KB` : n < 1073741824 ? `${(n / 1048576).toFixed(1)} MB` : `${(n / 1073741824).toFixed(2)} GB`;

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const fmtDate = (t: number): string => DATE.format(t);

// One formatter for every count (toLocaleString makes a new one per call: measurable at 64 items in flight).
const INT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 12,345 */
export const fmtInt = (n: number): string => INT.format(Math.round(n));

/** A rate: one decimal below 10 (2.5), whole above (1,234). */
export const fmtRate = (n: number): string => (n >= 10 ? fmtInt(n) : n.toFixed(1));

export const plural = (n: number, word: string, many = `${word}s`): string => `${fmtInt(n)} ${n === 1 ? word : many}`;

export const STATUS_LABEL: Record<string, string> = { running: 'Running', paused: 'Paused', done: 'Done', cancelled: 'Cancelled' };

export const STATUS_CLASS: Record<string, string> = {
  running: 'text-accent',
  paused: 'text-warn',
  done: 'text-ok',
  cancelled: 'text-muted',
};
