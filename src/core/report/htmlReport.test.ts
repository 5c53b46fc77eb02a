import { describe, expect, it } from 'vitest';
import { renderReportHtml, escapeHtml } from './htmlReport.ts';

const payload = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`;

describe('renderReportHtml', () => {
  const html = renderReportHtml({
    title: payload,
    generatedAt: 'now',
    modelId: payload,
    principle: payload,
    prompt: payload,
    candidates: [
      { name: payload, text: payload, score: 4, rank: 1 },
      { name: 'B', text: 'b', score: null, rank: null },
    ],
    reasoning: payload,
    findings: [payload],
    stats: [[payload, payload]],
    raw: payload,
    settings: [['temperature', '0']],
  });
  it('escapes every piece of untrusted text and contains no script', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(escapeHtml(payload));
  });
  it('forbids scripts and network requests through its own policy', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });
  it('lists candidates best first with their scores', () => {
    expect(html.indexOf('<strong>B</strong>')).toBeGreaterThan(html.indexOf('#1'));
  });
});
