import type { JudgeStats, FinishReason } from '../../engine/types.ts';

const fmt = (v: number | null | undefined, digits = 1, unit = '') => (v === null || v === undefined || !Number.isFinite(v) ? '—' : `${v.toFixed(digits)}${unit}`);

export function StatsList({ stats, finishReason }: { stats: JudgeStats | null; finishReason: FinishReason | null }) {
  const rows: Array<[string, string]> = [
    ['Time to first token', fmt(stats?.timeToFirstTokenMs !== null && stats?.timeToFirstTokenMs !== undefined ? stats.timeToFirstTokenMs / 1000 : null, 2, ' s')],
    ['Prefill', fmt(stats?.prefillTokensPerSec, 1, ' tok/s')],
    ['Decode', fmt(stats?.decodeTokensPerSec, 1, ' tok/s')],
    ['Tokens (prompt / output)', `${stats?.promptTokens ?? '—'} / ${stats?.completionTokens ?? '—'}`],
    ['Total time', fmt(stats ? stats.endToEndMs / 1000 : null, 2, ' s')],
    ['Finish reason', finishReason ?? '—'],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3" data-testid="stats">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt className="text-xs text-muted">{k}</dt>
          <dd className="tabular-nums" data-stat={k}>
            {v}
          </dd>
        </div>
      ))}
    </dl>
  );
}
