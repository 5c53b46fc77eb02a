import type { Calibration } from '../../core/index.ts';
import { corr, versionLabel } from './suiteFormat.ts';

/** People against each other beside the model against them: does the model disagree more than people do? */
export function RaterCalibration({ calibration: c, modelVersion }: { calibration: Calibration; modelVersion: number | null }) {
  if (c.raters.length < 2) return <p className="hint">One rater so far. Rankings by more people (a rater name when adding or importing) show how far people agree with each other.</p>;
  const model = modelVersion === null ? null : versionLabel(modelVersion);
  return (
    <div className="space-y-1 text-sm" data-testid="rater-calibration">
      <h5 className="font-semibold">People and the model</h5>
      <p className="text-xs text-muted">
        {c.raters.length} raters ({c.raters.join(', ')}); {c.sharedCases} case{c.sharedCases === 1 ? '' : 's'} ranked by two or more.
      </p>
      <table className="text-sm">
        <tbody>
          <tr>
            <th scope="row" className="pr-3 text-left font-normal">Rater vs rater, mean τ-b</th>
            <td className="tabular-nums" data-testid="rater-tau">{corr(c.raterTauB)}</td>
          </tr>
          {model && (
            <tr>
              <th scope="row" className="pr-3 text-left font-normal">Model ({model}) vs raters, mean τ-b</th>
              <td className="tabular-nums" data-testid="model-tau">{corr(c.modelTauB)}</td>
            </tr>
          )}
          <tr>
            <th scope="row" className="pr-3 text-left font-normal">Kendall’s W over raters</th>
            <td className="tabular-nums" data-testid="rater-w">{corr(c.kendallW)}</td>
          </tr>
          <tr>
            <th scope="row" className="pr-3 text-left font-normal">Krippendorff’s α (ordinal), raters</th>
            <td className="tabular-nums" data-testid="rater-alpha">{corr({ value: c.alpha })}</td>
          </tr>
          {model && (
            <tr>
              <th scope="row" className="pr-3 text-left font-normal">α with the model as one more rater</th>
              <td className="tabular-nums" data-testid="model-alpha">{corr({ value: c.alphaWithModel })}</td>
            </tr>
          )}
          {c.pairs.map((pair) => (
            <tr key={`${pair.a}|${pair.b}`} data-testid="rater-pair">
              <th scope="row" className="pr-3 text-left font-normal">{pair.a} vs {pair.b}, τ-b</th>
              <td className="tabular-nums">{corr(pair.tauB)}</td>
            </tr>
          ))}
          {model &&
            c.modelVsRater.map((m) => (
              <tr key={m.rater} data-testid="model-vs-rater">
                <th scope="row" className="pr-3 text-left font-normal">Model vs {m.rater}, τ-b</th>
                <td className="tabular-nums">{corr(m.tauB)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
