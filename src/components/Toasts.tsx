import { useEffect, useState } from 'react';

interface ToastView {
  id: number;
  message: string;
  action?: { label: string };
  timeoutMs?: number;
}

const UNDO = 'Undo';

/**
 * Notices at the foot of the page, announced politely (one live status region); each can be dismissed, and its
 * action run from the keyboard (the app's Ctrl/Cmd+Z command, outside a text field, runs the newest Undo). A timed notice waits while the
 * pointer or the focus is on it.
 */
export function Toasts({ toasts, onAction, onDismiss }: { toasts: readonly ToastView[]; onAction(id: number): void; onDismiss(id: number): void }) {
  const newestUndo = toasts.findLast((t) => t.action?.label === UNDO)?.id;
  return (
    <div role="status" aria-live="polite" aria-label="Notifications" className="pointer-events-none fixed bottom-4 left-1/2 z-40 flex w-[min(36rem,95vw)] -translate-x-1/2 flex-col gap-2">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} shortcut={t.id === newestUndo} onAction={onAction} onDismiss={onDismiss} />
      ))}
    </div>
  );
}

function ToastItem({ toast: t, shortcut, onAction, onDismiss }: { toast: ToastView; shortcut: boolean; onAction(id: number): void; onDismiss(id: number): void }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const held = hovered || focused;
  useEffect(() => {
    if (t.timeoutMs === undefined || held) return;
    const timer = setTimeout(() => onDismiss(t.id), t.timeoutMs);
    return () => clearTimeout(timer);
  }, [t.id, t.timeoutMs, held, onDismiss]);
  return (
    <div
      className="pointer-events-auto flex items-center gap-3 rounded-md border border-line bg-surface p-3 text-sm shadow-lg"
      data-testid="toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
      }}
    >
      <p className="flex-1">{t.message}</p>
      {t.action && (
        <button type="button" className="btn" onClick={() => onAction(t.id)} aria-keyshortcuts={shortcut ? 'Control+Z Meta+Z' : undefined} title={shortcut ? 'Undo (Ctrl/Cmd+Z)' : undefined}>
          {t.action.label}
        </button>
      )}
      <button type="button" className="btn" onClick={() => onDismiss(t.id)} aria-label="Dismiss notification">
        ✕
      </button>
    </div>
  );
}
