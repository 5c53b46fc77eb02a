import { useMemo } from 'react';
import { caseAgreement, parsedOf, passagesAbout, splitMaskedNames, type Disagreement, type JudgmentRecord, type MyRanking } from '../../core/index.ts';
import { useShownJudgment } from '../../state/index.ts';
import { NameChip } from './NameChip.tsx';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

/** How the judgment on screen agrees with the user's ranking of the same candidates. */
export function CaseAgreementView({ ranking, blind }: { ranking: MyRanking; blind: boolean }) {
  const record = useShownJudgment();
  const ranked = ranking.tiers.flat();
  const judged = record?.input.responses.map((r) => r.name) ?? [];
  const sameCase = record !== null && ranked.length > 0 && ranked.every((n) => judged.includes(n));
  const parsed = useMemo(() => (record ? parsedOf(record) : null), [record]);
  const agreement = useMemo(() => (sameCase && parsed ? caseAgreement(ranking, parsed.scores) : null), [sameCase, parsed, ranking]);

  // A blind comparison shows nothing of the model's answer before the ranking is saved.
  if (blind && !ranking.saved) return null;
  if (!record || !sameCase) {
    return <p className="text-xs text-muted" data-testid="agreement-none">Run a judgment of these candidates to see how the model agrees with your ranking.</p>;
  }
  if (!agreement) return null;
  if (!agreement.ok) {
    return (
      <p className="text-sm text-muted" data-testid="agreement-none">
        No agreement figure: {agreement.reason.message}
      </p>
    );
  }
  const { pairs } = agreement;
  return (
    <div className="space-y-2 border-t border-line pt-2" data-testid="agreement">
      <h3 className="text-sm font-semibold">The model’s judgment against your ranking</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
        <dt className="text-muted">Pairwise agreement</dt>
        <dd data-testid="agreement-pairwise">
          {pct(agreement.pairwise)} ({pairs.agree} of {pairs.total} pairs{pairs.tied > 0 ? `, ${pairs.tied} tied by the model, counted half` : ''})
        </dd>
        <dt className="text-muted">Kendall’s τ-b</dt>
        <dd data-testid="agreement-tau">{agreement.tauB === null ? 'none (the model gave every candidate the same score)' : agreement.tauB.toFixed(2)}</dd>
        <dt className="text-muted">Top choice</dt>
        <dd data-testid="agreement-top1">
          {agreement.top1 ? 'the same' : 'different'}: yours {agreement.userBest.join(' = ')}, the model’s {agreement.modelBest.join(' = ')}
        </dd>
      </dl>
      {agreement.disagreements.length > 0 && (
        <div>
          <h4 className="text-sm font-semibold">Where you disagree</h4>
          <ul className="space-y-2 text-sm">
            {agreement.disagreements.map((d) => (
              <DisagreementItem key={`${d.better}>${d.worse}`} d={d} record={record} reasoning={parsed?.reasoning ?? ''} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function DisagreementItem({ d, record, reasoning }: { d: Disagreement; record: JudgmentRecord; reasoning: string }) {
  const passages = useMemo(() => passagesAbout(reasoning, record.maskedToReal, [d.better, d.worse]), [reasoning, record.maskedToReal, d.better, d.worse]);
  return (
    <li className="rounded border border-line p-2" data-testid="disagreement" data-pair={`${d.better}>${d.worse}`}>
      <p>
        You rank <bdi className="font-semibold">{d.better}</bdi> above <bdi className="font-semibold">{d.worse}</bdi>;{' '}
        {d.kind === 'reversed' ? (
          <>
            the model scores {d.worse} {d.worseScore} and {d.better} {d.betterScore}.
          </>
        ) : (
          <>the model gives both {d.betterScore}.</>
        )}
      </p>
      {passages.length > 0 ? (
        <div className="mt-1 space-y-1">
          <p className="text-xs text-muted">What the reasoning says about the two:</p>
          {passages.map((p) => (
            <blockquote key={p.start} className="border-l-2 border-accent pl-2 text-xs" data-testid="disagreement-passage">
              {splitMaskedNames(reasoning.slice(p.start, p.end), record.maskedToReal).map((s, i) => (s.kind === 'name' ? <NameChip key={i} text={s.text} real={s.real} /> : s.text))}
            </blockquote>
          ))}
        </div>
      ) : (
        <p className="mt-1 text-xs text-muted">The reasoning never discusses these two together.</p>
      )}
    </li>
  );
}
