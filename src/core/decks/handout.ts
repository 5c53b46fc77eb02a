import { REPORT_CSP, escapeHtml } from '../report/htmlReport.ts';
import type { Deck, RecordedResult } from './deck.ts';
import { candidateMentions } from './mentions.ts';

/** A result a deck's principle came to outside its recording (a live run in class), with who produced it. */
export interface HandoutResult extends RecordedResult {
  modelId: string;
  at: number;
}

/** The key of one principle of one case, for results not kept in the deck. */
export const slotKey = (caseId: string, principleIndex: number): string => `${caseId}#${principleIndex}`;

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0f172a;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.4rem;border-top:2px solid #cbd5e1;padding-top:1rem}h3{font-size:1.1rem;margin-top:1.4rem}
pre{white-space:pre-wrap;word-break:break-word;background:#f1f5f9;padding:.6rem;border-radius:6px;font:14px/1.5 ui-monospace,monospace}
table{border-collapse:collapse}td,th{border-bottom:1px solid #cbd5e1;padding:.3rem .6rem;text-align:left}
.muted{color:#475569;font-size:14px}mark{background:#e0e7ff;color:#0f172a;border-radius:3px;padding:0 2px;font-weight:600}
@media (prefers-color-scheme:dark){body{background:#0b1020;color:#e2e8f0}mark{background:#312e81;color:#e2e8f0}pre{background:#131a2e}.muted{color:#a3b1c6}td,th{border-color:#334155}h2{border-color:#334155}}`;

/**
 * A deck as a self-contained page for students to read afterwards: each case, its candidates, and under each principle
 * the ranking, scores and reasoning (from its recording, or from `results` of a live run). No scripts; every value is
 * escaped.
 */
export function deckHandoutHtml(deck: Deck, results: Readonly<Record<string, HandoutResult>> = {}, now = Date.now()): string {
  const e = escapeHtml;
  const cases = deck.cases
    .map((c, ci) => {
      const names = c.candidates.map((x) => x.name);
      const cands = c.candidates.map((x) => `<h4>${e(x.name)}</h4><pre>${e(x.text)}</pre>`).join('');
      const principles = c.principles
        .map((p, pi) => {
          const rec = p.recording;
          const live = results[slotKey(c.id, pi)];
          const result = live ?? rec?.result ?? null;
          const source = live ? `Judged live with ${e(live.modelId)} on ${e(new Date(live.at).toISOString().slice(0, 10))}` : rec ? `Recorded with ${e(rec.modelId)} on ${e(new Date(rec.recordedAt).toISOString().slice(0, 10))}` : '';
          if (!result) return `<h3>${e(p.label)}</h3><pre>${e(p.text)}</pre><p class="muted">Not judged in this deck: run it with a model to see the ranking.</p>`;
          const scores = new Map(result.scores);
          const ranking = result.ranking.length > 0 ? result.ranking : [...result.scores].sort((a, b) => b[1] - a[1]).map(([n]) => n);
          const rows = ranking.map((n, i) => `<tr><td>#${i + 1}</td><td><strong>${e(n)}</strong></td><td>${e(scores.get(n) ?? '—')}</td></tr>`).join('');
          const masked = live ? null : (rec?.maskedToReal ?? null);
          const reasoning = candidateMentions(result.reasoning, names, masked)
            .map((m) => (m.kind === 'name' ? `<mark>${e(m.text)}${m.real !== m.text ? ` · ${e(m.real)}` : ''}</mark>` : e(m.text)))
            .join('');
          return `<h3>${e(p.label)}</h3><pre>${e(p.text)}</pre><p class="muted">${source}</p><table><thead><tr><th>Rank</th><th>Candidate</th><th>Score</th></tr></thead><tbody>${rows}</tbody></table><h4>Reasoning</h4><pre>${reasoning || '(none)'}</pre>`;
        })
        .join('');
      return `<h2>${ci + 1}. ${e(c.title)}</h2>${c.note ? `<p>${e(c.note)}</p>` : ''}<h3>Prompt</h3><pre>${e(c.prompt)}</pre><h3>Candidates</h3>${cands}${principles}`;
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(deck.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${e(deck.title)}</h1>
${deck.description ? `<p>${e(deck.description)}</p>` : ''}<p class="muted">${e(deck.cases.length)} cases · hand-out made ${e(new Date(now).toISOString().slice(0, 10))} with RewardAnything Playground (this file contains no scripts)</p>
${cases}
</body></html>
`;
}
