import { useState } from 'react';
import { useCatalog, useModelsActions, useUserModels } from '../../state/index.ts';
import { checkModelId, checkModelLibUrl, checkWeightsUrl } from '../../engine/webllm/urls.ts';

/** Any MLC model: weights folder, model library, required features. Bad URLs are refused before anything is fetched. */
export function CustomModelForm() {
  const add = useModelsActions().addCustomModel;
  const remove = useModelsActions().removeCustomModel;
  const custom = useUserModels().custom;
  const catalog = useCatalog();
  const [id, setId] = useState('');
  const [weights, setWeights] = useState('');
  const [lib, setLib] = useState('');
  const [f16, setF16] = useState(false);
  const [vram, setVram] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <form
        className="grid gap-2 md:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          const errs: Record<string, string> = {};
          const idc = checkModelId(id, catalog.map((m) => m.id));
          if (!idc.ok) errs.id = idc.reason;
          const w = checkWeightsUrl(weights);
          if (!w.ok) errs.weights = w.reason;
          const l = checkModelLibUrl(lib);
          if (!l.ok) errs.lib = l.reason;
          const v = vram.trim() ? Number(vram) : undefined;
          if (v !== undefined && (!Number.isFinite(v) || v <= 0)) errs.vram = 'GPU memory must be a positive number of MB.';
          setErrors(errs);
          if (Object.keys(errs).length || !w.ok || !l.ok) return;
          add({ id: id.trim(), weightsUrl: w.url, modelLibUrl: l.url, requiredFeatures: f16 ? ['shader-f16'] : [], vramMB: v });
          setSaved(`Added ${id.trim()} to the catalog.`);
          setId('');
          setWeights('');
          setLib('');
        }}
      >
        {(
          [
            ['id', 'Model id', id, setId, 'my-model-q4f32_1-MLC'],
            ['weights', 'Weights URL (folder with mlc-chat-config.json)', weights, setWeights, 'https://huggingface.co/owner/model-MLC'],
            ['lib', 'Model library URL (.wasm)', lib, setLib, 'https://…/model-webgpu.wasm'],
            ['vram', 'GPU memory needed, MB (optional)', vram, setVram, '4000'],
          ] as const
        ).map(([key, label, value, setter, ph]) => (
          <div key={key}>
            <label htmlFor={`custom-${key}`} className="label">
              {label}
            </label>
            <input
              id={`custom-${key}`}
              className="field"
              value={value}
              placeholder={ph}
              onChange={(e) => setter(e.target.value)}
              aria-invalid={errors[key] ? true : undefined}
              aria-describedby={errors[key] ? `custom-${key}-err` : undefined}
            />
            {errors[key] && (
              <p id={`custom-${key}-err`} className="text-sm text-bad" data-testid={`custom-${key}-error`}>
                {errors[key]}
              </p>
            )}
          </div>
        ))}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={f16} onChange={(e) => setF16(e.target.checked)} /> Requires shader-f16
        </label>
        <div>
          <button type="submit" className="btn-primary">
            Add model
          </button>
        </div>
      </form>
      {saved && (
        <p role="status" className="text-sm text-ok">
          {saved}
        </p>
      )}
      {custom.length > 0 && (
        <ul className="text-sm">
          {custom.map((c) => (
            <li key={c.id} className="flex items-center gap-2">
              <span className="font-mono">{c.id}</span>
              <button type="button" className="btn px-2 py-0.5 text-xs" onClick={() => remove(c.id)} aria-label={`Remove ${c.id} from the catalog`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
