export interface NoticeError {
  kind: string;
  message: string;
  advice: string;
  raw?: string;
}

/** An error as the user sees it: what happened, what to do, and the raw text one click away. */
export function ErrorNotice({ error, onDismiss, testId }: { error: NoticeError; onDismiss?(): void; testId?: string }) {
  return (
    <div role="alert" className="rounded-md border border-bad bg-surface p-3 text-sm" data-testid={testId ?? 'error'} data-kind={error.kind}>
      <p className="font-semibold text-bad">{error.message}</p>
      <p className="mt-1 text-ink">{error.advice}</p>
      {error.raw && (
        <details className="mt-2">
          <summary className="cursor-pointer text-muted">Details</summary>
          <pre className="mt-1 max-h-40 overflow-auto whitespace-pre-wrap break-words font-mono text-xs text-muted">{error.raw}</pre>
        </details>
      )}
      {onDismiss && (
        <button type="button" className="btn mt-2" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
