import { useState } from 'react';
import { forgetServerContexts, forgetServerEngine, serializeError, useServerSettings, useSettingsActions, type SerializedError } from '../../state/index.ts';
import { listModels } from '../../engine/openai/index.ts';
import { SERVER_DIALECTS, type ServerDialect } from '../../core/index.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';

export function ServerSettings() {
  const openai = useServerSettings();
  const setOpenAI = useSettingsActions().setServer;
  const [models, setModels] = useState<string[] | null>(null);
  const [error, setError] = useState<SerializedError | null>(null);
  const [busy, setBusy] = useState(false);
  // The field as typed; the setting changes only while it holds a usable length (so it can be cleared and retyped).
  const [contextText, setContextText] = useState(String(openai.contextLength));
  const connect = async () => {
    setBusy(true);
    setError(null);
    forgetServerEngine();
    forgetServerContexts();
    try {
      const list = await listModels({ baseUrl: openai.baseUrl, apiKey: openai.apiKey || undefined });
      setModels(list);
      if (!list.includes(openai.model) && list[0]) setOpenAI({ model: list[0] });
    } catch (e) {
      setModels(null);
      setError(serializeError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="space-y-3">
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <label htmlFor="oa-url" className="label">
            Server base URL
          </label>
          <input id="oa-url" className="field font-mono" value={openai.baseUrl} onChange={(e) => setOpenAI({ baseUrl: e.target.value })} placeholder="http://localhost:8000/v1" />
          <p className="hint">vLLM :8000/v1 · Ollama :11434/v1 · llama.cpp :8080/v1 · LM Studio :1234/v1 (see docs/serving.md)</p>
        </div>
        <div>
          <label htmlFor="oa-key" className="label">
            API key (optional)
          </label>
          <input id="oa-key" type="password" autoComplete="off" className="field font-mono" value={openai.apiKey} onChange={(e) => setOpenAI({ apiKey: e.target.value })} />
          <label className="mt-1 flex items-center gap-2 text-xs">
            <input type="checkbox" checked={openai.rememberKey} onChange={(e) => setOpenAI({ rememberKey: e.target.checked })} /> Remember the key in this browser (never exported or shared)
          </label>
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <button type="button" className="btn" onClick={() => void connect()} disabled={busy}>
          {busy ? 'Connecting…' : 'Connect & list models'}
        </button>
        <div>
          <label htmlFor="oa-model" className="label">
            Model
          </label>
          {models ? (
            <select id="oa-model" className="field w-auto" value={openai.model} onChange={(e) => setOpenAI({ model: e.target.value })}>
              {models.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          ) : (
            <input id="oa-model" className="field w-72 font-mono" value={openai.model} onChange={(e) => setOpenAI({ model: e.target.value })} placeholder="served model name" />
          )}
        </div>
        <div>
          <label htmlFor="oa-conc" className="label">
            Requests in flight (benchmarks)
          </label>
          <input id="oa-conc" type="number" min={1} max={256} className="field w-24" value={openai.concurrency} onChange={(e) => setOpenAI({ concurrency: Math.max(1, Math.min(256, Number(e.target.value) || 1)) })} />
        </div>
        <div>
          <label htmlFor="oa-ctx" className="label">
            Server context length (tokens)
          </label>
          <input
            id="oa-ctx"
            type="number"
            min={512}
            step={512}
            className="field w-32"
            aria-describedby="oa-ctx-hint"
            value={contextText}
            onChange={(e) => {
              setContextText(e.target.value);
              const tokens = Math.floor(Number(e.target.value));
              if (Number.isFinite(tokens) && tokens >= 1) setOpenAI({ contextLength: tokens });
            }}
          />
        </div>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="oa-dialect" className="label">
            Server kind (constrained answers)
          </label>
          <select id="oa-dialect" className="field w-auto" aria-describedby="oa-dialect-hint" value={openai.dialect} onChange={(e) => setOpenAI({ dialect: e.target.value as ServerDialect })}>
            {SERVER_DIALECTS.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
                {d.field ? ` (${d.field})` : ''}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={openai.splitsReasoning} onChange={(e) => setOpenAI({ splitsReasoning: e.target.checked })} />
          The server splits the reasoning off (--reasoning-parser)
        </label>
        <div>
          <label htmlFor="oa-logprobs" className="label">
            Log probabilities per token (expected scores; 0 = off)
          </label>
          <input id="oa-logprobs" type="number" min={0} max={20} className="field w-24" value={openai.topLogprobs} onChange={(e) => setOpenAI({ topLogprobs: Math.max(0, Math.min(20, Math.floor(Number(e.target.value) || 0))) })} />
        </div>
      </div>
      <p id="oa-dialect-hint" className="hint">
        With a kind that takes a grammar, the answer is held to the protocol (every name scored 1–5, a complete ranking) while the reasoning stays free. A server that refuses the field is asked once more without it, and the judgment says so. See docs/engines.md.
      </p>
      <p id="oa-ctx-hint" className="hint">
        The context length is used when the server does not report it (vLLM reports its --max-model-len; Ollama and llama.cpp
        may not): set it to the server&apos;s, e.g. Ollama num_ctx or llama.cpp -c.
      </p>
      {models && (
        <p role="status" className="text-sm text-ok" data-testid="server-status">
          Connected: {models.length} model{models.length === 1 ? '' : 's'} available.
        </p>
      )}
      {error && <ErrorNotice error={error} testId="server-error" />}
    </div>
  );
}
