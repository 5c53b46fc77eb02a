import { useEngineKind, useSettingsActions } from '../../state/index.ts';
import { ServerSettings } from './ServerSettings.tsx';
import { SamplingSettings } from './SamplingSettings.tsx';
import { AnswerSettings } from './AnswerSettings.tsx';

export function SettingsPage() {
  const kind = useEngineKind();
  const setKind = useSettingsActions().setEngineKind;
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <h1 id="page-title" className="text-xl font-semibold">
        Settings
      </h1>
      <fieldset className="card space-y-2">
        <legend className="px-1 font-semibold">Engine</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="engine" checked={kind === 'webllm'} onChange={() => setKind('webllm')} className="mt-1" />
          <span>
            <strong>In this browser (WebLLM, WebGPU)</strong> — nothing leaves this machine. Load a model on the Models page.
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="engine" checked={kind === 'openai'} onChange={() => setKind('openai')} className="mt-1" />
          <span>
            <strong>OpenAI-compatible server</strong> (vLLM, Ollama, llama.cpp, LM Studio) — for bigger GPUs and batched benchmarks. Inputs go to the server you configure, nowhere else.
          </span>
        </label>
      </fieldset>
      <div className="card space-y-2">
        <h2 className="font-semibold">OpenAI-compatible server</h2>
        <ServerSettings />
      </div>
      <div className="card space-y-2">
        <h2 className="font-semibold">Generation</h2>
        <SamplingSettings />
      </div>
      <div className="card space-y-2">
        <h2 className="font-semibold">Answer</h2>
        <AnswerSettings />
      </div>
    </section>
  );
}
