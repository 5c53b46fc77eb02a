/** A fresh id for a record, a run, a principle or a tab: a UUID where the browser gives one (any secure context). */
export function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
