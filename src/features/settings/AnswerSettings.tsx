import { useAnswerSettings, useSampling, useSettingsActions } from '../../state/index.ts';

/** How a judgment's answer is held to the protocol and read in the browser: WebLLM's grammar and log probabilities. */
export function AnswerSettings() {
  const a = useAnswerSettings();
  const temperature = useSampling().temperature;
  const set = useSettingsActions().setAnswer;
  return (
    <div className="space-y-3">
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={a.browserGrammar} onChange={(e) => set({ browserGrammar: e.target.checked })} />
        <span>
          <strong>Hold the browser engine&rsquo;s answer to the protocol</strong> — WebLLM&rsquo;s grammar lets the model write only one JSON object
          with exactly this judgment&rsquo;s names, each scored 1–5, and a full ranking; the reasoning stays free. Small models then always give a
          readable answer. A server&rsquo;s grammar follows its kind, set with the server above.
        </span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={a.browserLogprobs} onChange={(e) => set({ browserLogprobs: e.target.checked })} />
        <span>
          <strong>Expected scores in the browser</strong> — ask WebLLM for 5 log probabilities per token and show each candidate&rsquo;s
          distribution over 1–5. WebLLM reports them after the temperature, so they need a temperature of at least 0.05
          {a.browserLogprobs && temperature < 0.05 ? ` (now ${temperature}: none are asked for, and the judgment says why)` : ''}.
        </span>
      </label>
    </div>
  );
}
