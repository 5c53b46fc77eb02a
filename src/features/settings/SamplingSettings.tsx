import { useLoadStallTimeoutSec, useSampling, useSettingsActions } from '../../state/index.ts';

export function SamplingSettings() {
  const s = useSampling();
  const set = useSettingsActions().setSampling;
  const reset = useSettingsActions().resetSampling;
  const stall = useLoadStallTimeoutSec();
  const setStall = useSettingsActions().setLoadStallTimeoutSec;
  const num = (v: string, min: number, max: number, fallback: number) => {
    const n = Number(v);
    return Number.isFinite(n) ? Math.max(min, Math.min(max, n)) : fallback;
  };
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor="s-temp" className="label">
            Temperature
          </label>
          <input id="s-temp" type="number" step={0.1} min={0} max={2} className="field" value={s.temperature} onChange={(e) => set({ temperature: num(e.target.value, 0, 2, 0) })} />
        </div>
        <div>
          <label htmlFor="s-topp" className="label">
            top_p
          </label>
          <input id="s-topp" type="number" step={0.05} min={0.01} max={1} className="field" value={s.top_p} onChange={(e) => set({ top_p: num(e.target.value, 0.01, 1, 1) })} />
        </div>
        <div>
          <label htmlFor="s-max" className="label">
            Max tokens
          </label>
          <input id="s-max" type="number" step={256} min={16} max={32768} className="field" value={s.max_tokens} onChange={(e) => set({ max_tokens: Math.round(num(e.target.value, 16, 32768, 4096)) })} />
        </div>
        <div>
          <label htmlFor="s-seed" className="label">
            Seed (optional)
          </label>
          <input id="s-seed" type="number" className="field" value={s.seed ?? ''} onChange={(e) => set({ seed: e.target.value === '' ? undefined : Math.round(Number(e.target.value)) })} />
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={s.enable_thinking} onChange={(e) => set({ enable_thinking: e.target.checked })} /> Thinking on (the model was trained with it)
      </label>
      <p className="hint">Defaults match the authors' vLLM setup: temperature 0, top_p 1, 4,096 tokens, thinking on. WebLLM's own Qwen3 defaults (0.6 / 0.95) are never used: settings are always sent.</p>
      <div className="flex flex-wrap items-end gap-3">
        <button type="button" className="btn" onClick={reset}>
          Reset to defaults
        </button>
        <div>
          <label htmlFor="s-stall" className="label">
            Cut off a model load after this many seconds without progress
          </label>
          <input id="s-stall" type="number" min={5} max={3600} className="field w-28" value={stall} onChange={(e) => setStall(num(e.target.value, 5, 3600, 120))} />
        </div>
      </div>
    </div>
  );
}
