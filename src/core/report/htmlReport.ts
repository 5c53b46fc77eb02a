import { splitMaskedNames } from '../protocol/maskedNames.ts';

/** A judgment as a self-contained HTML page: readable offline, no scripts (its own policy forbids them), all text escaped. */
export interface ReportInput {
  title: string;
  generatedAt: string;
  modelId: string;
  principle: string;
  prompt: string;
  /** `expected`: the expected score from the model's log probabilities, where the judgment has one. */
  candidates: Array<{ name: string; text: string; score: number | null; rank: number | null; expected?: number | null }>;
  reasoning: string;
  findings: string[];
  stats: Array<[string, string]>;
  raw: string;
  settings: Array<[string, string]>;
  /** With masking: [masked, real] pairs, shown as a key and beside each masked name in the reasoning. */
  nameKey?: Array<[string, string]> | null;
}

/**
 * The report's own policy: no script, no request, no form, no <base>, no frame, no plugin. Navigation and
 * meta refresh cannot be forbidden by a meta policy: they are prevented by escaping (no value becomes markup).
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-src 'none'; object-src 'none'";

/** Escapes any value as HTML text; a value that is not a string (from a malformed file) is turned into text first. */
export function escapeHtml(value: unknown): string {
  const s = typeof value === 'string' ? value : String(value);
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0f172a;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}pre{white-space:pre-wrap;word-break:break-word;background:#f1f5f9;padding:.6rem;border-radius:6px;font-size:12px}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #cbd5e1;padding:.3rem .4rem;text-align:left;vertical-align:top}
.bar{background:#e2e8f0;height:10px;border-radius:4px;min-width:8rem}.bar>i{display:block;height:10px;border-radius:4px;background:#4338ca}
.muted{color:#475569;font-size:13px}mark{background:#e0e7ff;color:#0f172a;border-radius:3px;padding:0 2px}
@media (prefers-color-scheme:dark){body{background:#0b1020;color:#e2e8f0}mark{background:#312e81;color:#e2e8f0}pre{background:#131a2e}.bar{background:#334155}.bar>i{background:#a5b4fc}.muted{color:#a3b1c6}td,th{border-color:#334155}}`;

export function renderReportHtml(r: ReportInput): string {
  const e = escapeHtml;
  const barWidth = (score: number | null) => (typeof score === 'number' && Number.isFinite(score) ? Math.max(0, Math.min(100, score * 20)) : 0);
  const key = r.nameKey && r.nameKey.length > 0 ? r.nameKey : null;
  const maskedOf = new Map((key ?? []).map(([m, real]) => [real, m]));
  const withExpected = r.candidates.some((c) => typeof c.expected === 'number');
  const expectedCell = (x: number | null | undefined) => (withExpected ? `<td>${typeof x === 'number' && Number.isFinite(x) ? e(x.toFixed(2)) : '—'}</td>` : '');
  const rows = [...r.candidates]
    .sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999))
    .map(
      (c) =>
        `<tr><td>${c.rank ? `#${e(c.rank)}` : '—'}</td><td><strong>${e(c.name)}</strong></td>${key ? `<td>${e(maskedOf.get(c.name) ?? '—')}</td>` : ''}<td>${e(c.score ?? '—')}</td>${expectedCell(c.expected)}<td><div class="bar"><i style="width:${barWidth(c.score)}%"></i></div></td></tr>`,
    )
    .join('');
  const reasoning = r.reasoning
    ? splitMaskedNames(r.reasoning, key)
        .map((p) => (p.kind === 'name' ? `<mark>${e(p.text)} · ${e(p.real)}</mark>` : e(p.text)))
        .join('')
    : '(none)';
  const keyNote = key
    ? `<p class="muted">Masking was on: the model saw the candidates as ${key.map(([m, real]) => `${e(m)} = <strong>${e(real)}</strong>`).join(', ')}. In the reasoning each masked name is marked with yours; the raw output below is exactly as written.</p>`
    : '';
  const cands = r.candidates.map((c) => `<h3>${e(c.name)}</h3><pre>${e(c.text)}</pre>`).join('');
  const kv = (list: Array<[string, string]>) => `<table>${list.map(([k, v]) => `<tr><th>${e(k)}</th><td>${e(v)}</td></tr>`).join('')}</table>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(r.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${e(r.title)}</h1>
<p class="muted">Model ${e(r.modelId)} · ${e(r.generatedAt)} · made with RewardAnything Playground (runs locally; this file contains no scripts)</p>
<h2>Principle</h2><pre>${e(r.principle)}</pre>
<h2>Prompt</h2><pre>${e(r.prompt)}</pre>
<h2>Scores and ranking</h2><table><thead><tr><th>Rank</th><th>Candidate</th>${key ? '<th>Model saw</th>' : ''}<th>Score</th>${withExpected ? '<th>Expected</th>' : ''}<th></th></tr></thead><tbody>${rows}</tbody></table>${keyNote}
<h2>Diagnostics</h2>${r.findings.length ? `<ul>${r.findings.map((f) => `<li>${e(f)}</li>`).join('')}</ul>` : '<p>Clean output.</p>'}
<h2>Reasoning</h2><pre>${reasoning}</pre>
<h2>Candidates</h2>${cands}
<h2>Stats</h2>${kv(r.stats)}
<h2>Settings</h2>${kv(r.settings)}
<h2>Raw output</h2><pre>${e(r.raw)}</pre>
</body></html>
`;
}
