import { HTTP1_CONNECTIONS_PER_HOST, type LiveProgress } from '../../state/index.ts';
import type { RunRecord } from '../../core/index.ts';
import { fmtInt, fmtRate } from './formatBench.ts';

/**
 * A server run's figures: while it runs here, items and tokens per second over the last 10 s; after (and after a
 * reload), the run's averages. Both: the most requests open at once of those asked for, retries, errors by kind, and
 * the browser's connection limit when it held the run back.
 */
export function RunFigures({ run, live }: { run: RunRecord; live: LiveProgress | null }) {
  const f = run.figures;
  if (!f || run.engine.kind !== 'openai') return null;
  const seconds = run.activeMs / 1000;
  const errors = Object.entries(f.errors).sort((a, b) => b[1] - a[1]);
  const limited = run.concurrency > HTTP1_CONNECTIONS_PER_HOST && (f.protocol === 'http/1.1' || (f.protocol === null && f.peakInFlight === HTTP1_CONNECTIONS_PER_HOST));
  const items = live ? live.itemsPerSec : seconds > 0 ? run.counts.done / seconds : null;
  const tokens = live ? live.tokensPerSec : seconds > 0 ? f.tokens / seconds : null;
  const over = live ? 'over the last 10 s' : 'on average';
  return (
    <div className="space-y-1 text-sm" data-testid="run-figures">
      <p className="flex flex-wrap gap-x-4 text-muted">
        {items !== null && (
          <span data-testid="items-per-sec" title={over}>
            {fmtRate(items)} items/s {live ? '(last 10 s)' : '(average)'}
          </span>
        )}
        {tokens !== null && (
          <span data-testid="tokens-per-sec" title={over}>
            {fmtRate(tokens)} tokens/s
          </span>
        )}
        <span data-testid="peak-in-flight">
          at most {f.peakInFlight} of {run.concurrency} requests open at once
        </span>
        {f.protocol && <span data-testid="protocol">over {f.protocol === 'h2' ? 'HTTP/2' : f.protocol === 'h3' ? 'HTTP/3' : f.protocol.toUpperCase()}</span>}
        <span data-testid="retries">{fmtInt(f.retries)} retries</span>
        {errors.length > 0 && (
          <span data-testid="errors-by-kind">
            errors: {errors.map(([kind, n]) => `${fmtInt(n)} ${kind}`).join(', ')}
          </span>
        )}
      </p>
      {limited && (
        <p className="text-warn" data-testid="connection-limit">
          {f.protocol === 'http/1.1' ? 'The server speaks HTTP/1.1, over which' : 'The server probably speaks HTTP/1.1 (the page cannot tell), over which'} this browser
          opens at most {HTTP1_CONNECTIONS_PER_HOST} connections to one server: {run.concurrency} requests were asked for, {HTTP1_CONNECTIONS_PER_HOST} at most run at
          once. Serve the API over HTTP/2 to get them all, for example through a TLS reverse proxy such as Caddy or nginx in front of vLLM (see docs/serving.md).
        </p>
      )}
    </div>
  );
}
