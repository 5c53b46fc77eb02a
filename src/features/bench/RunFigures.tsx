import { HTTP1_CONNECTIONS_PER_HOST } from '../../state/index.ts';
import type { RunRecord } from '../../core/index.ts';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const rate = (n: number) => (n >= 10 ? int(n) : n.toFixed(1));

/** A server run's figures as it goes, and after: speed, retries, errors by kind, and the browser's connection limit. */
export function RunFigures({ run }: { run: RunRecord }) {
  const f = run.figures;
  if (!f || run.engine.kind !== 'openai') return null;
  const seconds = run.activeMs / 1000;
  const errors = Object.entries(f.errors).sort((a, b) => b[1] - a[1]);
  const limited = run.concurrency > HTTP1_CONNECTIONS_PER_HOST && (f.protocol === 'http/1.1' || (f.protocol === null && f.peakInFlight === HTTP1_CONNECTIONS_PER_HOST));
  return (
    <div className="space-y-1 text-sm" data-testid="run-figures">
      <p className="flex flex-wrap gap-x-4 text-muted">
        {seconds > 0 && <span data-testid="items-per-sec">{rate(run.counts.done / seconds)} items/s</span>}
        {seconds > 0 && <span data-testid="tokens-per-sec">{rate(f.tokens / seconds)} tokens/s</span>}
        <span data-testid="peak-in-flight">
          at most {f.peakInFlight} of {run.concurrency} requests answered at once
        </span>
        {f.protocol && <span data-testid="protocol">over {f.protocol === 'h2' ? 'HTTP/2' : f.protocol === 'h3' ? 'HTTP/3' : f.protocol.toUpperCase()}</span>}
        <span data-testid="retries">{int(f.retries)} retries</span>
        {errors.length > 0 && (
          <span data-testid="errors-by-kind">
            errors: {errors.map(([kind, n]) => `${int(n)} ${kind}`).join(', ')}
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
