/** Notices at the foot of the page, announced politely; each can be dismissed, and its action run from the keyboard. */
export function Toasts({
  toasts,
  onAction,
  onDismiss,
}: {
  toasts: ReadonlyArray<{ id: number; message: string; action?: { label: string } }>;
  onAction(id: number): void;
  onDismiss(id: number): void;
}) {
  return (
    <div aria-live="polite" role="region" aria-label="Notifications" className="pointer-events-none fixed bottom-4 left-1/2 z-40 flex w-[min(36rem,95vw)] -translate-x-1/2 flex-col gap-2">
      {toasts.map((t) => (
        <div key={t.id} className="pointer-events-auto flex items-center gap-3 rounded-md border border-line bg-surface p-3 text-sm shadow-lg" data-testid="toast">
          <p className="flex-1">{t.message}</p>
          {t.action && (
            <button type="button" className="btn" onClick={() => onAction(t.id)}>
              {t.action.label}
            </button>
          )}
          <button type="button" className="btn" onClick={() => onDismiss(t.id)} aria-label="Dismiss notification">
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
