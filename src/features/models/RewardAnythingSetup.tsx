import { useEffect, useRef, useState } from 'react';
import { useModelsActions, useUserModels } from '../../state/index.ts';
import { checkWeightsUrl } from '../../engine/webllm/urls.ts';
import { checkWeightsFolder } from '../../engine/webllm/checkWeights.ts';
import type { Quant } from '../../engine/webllm/catalog.ts';
import { foundText, problemLines } from './weightsReportText.ts';

type Msg =
  | { kind: 'checking'; done: number; total: number; url: string }
  | { kind: 'saved'; text: string }
  | { kind: 'bad'; text: string; lines: string[]; save: { weightsUrl: string; quant: Quant } | null };

const savedText = (url: string, quant: Quant) => `Saved. RewardAnything-8B-v1 (${quant}) now loads from ${url}, with the Qwen3-8B ${quant} model library.`;

/** RewardAnything-8B-v1 in MLC format: the user hosts the weights (see docs/convert-model.md). */
export function RewardAnythingSetup() {
  const current = useUserModels().rewardAnything;
  const save = useModelsActions().setRewardAnything;
  const [url, setUrl] = useState(current?.weightsUrl ?? '');
  const [quant, setQuant] = useState<Quant>(current?.quant ?? 'q4f32_1');
  const [msg, setMsg] = useState<Msg | null>(null);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const check = async () => {
    const c = checkWeightsUrl(url);
    if (!c.ok) return setMsg({ kind: 'bad', text: c.reason, lines: [], save: null });
    abort.current?.abort();
    const ac = new AbortController();
    abort.current = ac;
    setMsg({ kind: 'checking', done: 0, total: 3, url: c.url });
    try {
      const report = await checkWeightsFolder(c.url, {
        quant,
        modelType: 'qwen3',
        signal: ac.signal,
        onProgress: (done, total) => !ac.signal.aborted && setMsg({ kind: 'checking', done, total, url: c.url }),
      });
      if (ac.signal.aborted) return;
      if (report.ok) {
        save({ weightsUrl: c.url, quant });
        setMsg({ kind: 'saved', text: `${foundText(report)} ${savedText(c.url, quant)}` });
      } else {
        const lines = problemLines(report, window.location.origin);
        setMsg({ kind: 'bad', text: `Not saved: the folder at ${report.base} is not ready for WebLLM (${lines.length} problem${lines.length === 1 ? '' : 's'}):`, lines, save: { weightsUrl: c.url, quant } });
      }
    } catch (e) {
      if (!ac.signal.aborted) setMsg({ kind: 'bad', text: `The check failed: ${e instanceof Error ? e.message : String(e)}`, lines: [], save: { weightsUrl: c.url, quant } });
    }
  };
  const checking = msg?.kind === 'checking';

  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void check();
      }}
    >
      <p className="text-sm text-muted">
        The reward model itself. Convert it to MLC format and host the folder (Hugging Face works), then paste its URL: the Qwen3-8B model library is reused. Steps: docs/convert-model.md.
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-72 flex-1">
          <label htmlFor="ra-url" className="label">
            Weights URL
          </label>
          <input id="ra-url" className="field" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://huggingface.co/<you>/RewardAnything-8B-v1-q4f32_1-MLC" aria-describedby="ra-msg" />
        </div>
        <div>
          <label htmlFor="ra-quant" className="label">
            Quantization
          </label>
          <select id="ra-quant" className="field w-auto" value={quant} onChange={(e) => setQuant(e.target.value as Quant)}>
            <option value="q4f32_1">q4f32_1 (no shader-f16 needed)</option>
            <option value="q4f16_1">q4f16_1 (needs shader-f16)</option>
          </select>
        </div>
        <button type="submit" className="btn-primary" disabled={checking}>
          Check & save
        </button>
      </div>
      <div id="ra-msg" role={msg?.kind === 'bad' ? 'alert' : 'status'} className={`text-sm ${msg?.kind === 'bad' ? 'text-bad' : msg?.kind === 'saved' ? 'text-ok' : ''}`} data-testid="ra-msg">
        {msg?.kind === 'checking' && `Checking the files at ${msg.url}… (${msg.done} of ${msg.total})`}
        {msg?.kind === 'saved' && msg.text}
        {msg?.kind === 'bad' && (
          <>
            <p>{msg.text}</p>
            {msg.lines.length > 0 && (
              <ul className="mt-1 list-disc space-y-0.5 pl-5 break-words">
                {msg.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            )}
            {msg.save && (
              <button
                type="button"
                className="btn mt-2"
                onClick={() => {
                  if (!msg.save) return;
                  save(msg.save);
                  setMsg({ kind: 'saved', text: `${savedText(msg.save.weightsUrl, msg.save.quant)} (Saved without a passing check: loading may fail on the problems above.)` });
                }}
              >
                Save anyway
              </button>
            )}
          </>
        )}
      </div>
    </form>
  );
}
