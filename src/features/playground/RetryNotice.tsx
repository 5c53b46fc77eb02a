import { useEffect, useState } from 'react';
import type { PlaygroundRetry } from '../../state/index.ts';

/** "Retrying in 4 s, attempt 2 of 3", counting down, with the server's reason; Stop cancels the wait. */
export function RetryNotice({ retry }: { retry: PlaygroundRetry }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [retry]);
  const seconds = Math.max(0, Math.ceil((retry.at - now) / 1000));
  return (
    <div role="status" className="rounded border border-warn p-2 text-sm" data-testid="retry-notice">
      <p className="font-medium text-warn">
        Retrying in {seconds} s, attempt {retry.attempt} of {retry.of}
      </p>
      <p className="text-muted">{retry.reason} Stop cancels the retry.</p>
    </div>
  );
}
