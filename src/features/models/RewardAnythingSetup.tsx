import { useState } from 'react';
import { useAppStore } from '../../state/index.ts';
import { checkWeightsUrl } from '../../engine/webllm/urls.ts';
import type { Quant } from '../../engine/webllm/catalog.ts';

/** RewardAnything-8B-v1 in MLC format: the user hosts the weights (see docs/convert-model.md). */
export function RewardAnythingSetup() {
  const current = useAppStore((s) => s.userModels.rewardAnything);
  const save = useAppStore((s) => s.setRewardAnything);
  const [url, setUrl] = useState(current?.weightsUrl ?? '');
  const [quant, setQuant] = useState<Quant>(current?.quant ?? 'q4f32_1');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const c = checkWeightsUrl(url);
        if (!c.ok) return setMsg({ ok: false, text: c.reason });
        save({ weightsUrl: c.url, quant });
        setMsg({ ok: true, text: `Saved. RewardAnything-8B-v1 (${quant}) now loads from ${c.url}, with the Qwen3-8B ${quant} model library.` });
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
        <button type="submit" className="btn-primary">
          Check & save
        </button>
      </div>
      <p id="ra-msg" role={msg && !msg.ok ? 'alert' : 'status'} className={`text-sm ${msg?.ok ? 'text-ok' : 'text-bad'}`} data-testid="ra-msg">
        {msg?.text}
      </p>
    </form>
  );
}
