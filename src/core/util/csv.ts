/**
 * CSV cells for exports opened in spreadsheets. A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return would be read as a formula (CSV injection): as OWASP recommends, it gets a leading `'` and is quoted.
 * Numbers are the app's own (a negative score stays a number); every text value is treated as untrusted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toFixed(6))) : '';
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRows(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
