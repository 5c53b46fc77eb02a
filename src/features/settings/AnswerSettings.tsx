import { useState } from 'react';
import { THINKING_BUDGET_MAX, THINKING_BUDGET_MIN } from '../../core/index.ts';
import { useAnswerSettings, useSampling, useSettingsActions } from '../../state/index.ts';

const DEFAULT_BUDGET = 1024;

/** One engine's thinking budget: off, or a number of tokens of reasoning. */
function BudgetField({ engine, value, maxTokens, onChange }: { engine: string; value: number | null; maxTokens: number; onChange(v: number | null): void }) {
  const [draft, setDraft] = useState(String(value ?? DEFAULT_BUDGET));
  const id = `thinking-budget-${engine === 'browser engine' ? 'browser' : 'server'}`;
  const commit = (text: string) => {
    const n = Number(text);
    if (Number.isInteger(n) && n >= THINKING_BUDGET_MIN && n <= THINKING_BUDGET_MAX) onChange(n);
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={value !== null} onChange={(e) => (e.target.checked ? commit(draft) : onChange(null))} />
        <span>Thinking budget for the {engine}</span>
      </label>
      <label htmlFor={id} className="sr-only">
        Thinking budget for the {engine}, in tokens
      </label>
      <input
        id={id}
        type="number"
        min={THINKING_BUDGET_MIN}
        max={THINKING_BUDGET_MAX}
        step={64}
        className="field w-24"
        value={draft}
        disabled={value === null}
        onChange={(e) => {
          setDraft(e.target.value);
          commit(e.target.value);
        }}
      />
      <span>tokens{value !== null && value >= maxTokens ? ` (not below the token limit of ${maxTokens}: it cannot cut)` : ''}</span>
    </div>
  );
}

/** How a judgment's answer is held to the protocol and read in the browser: WebLLM's grammar and log probabilities. */
export function AnswerSettings() {
  const a = useAnswerSettings();
  const { temperature, max_tokens: maxTokens } = useSampling();
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
      <div className="space-y-2">
        <p className="text-sm">
          <strong>Thinking budget</strong> (off by default) — when the reasoning reaches this many tokens it is closed and the model is asked for
          its answer at once, so a judgment that would think until the token limit still gets scores. The judgment says when the budget cut the
          reasoning. Needs thinking on. A vLLM or SGLang server that splits the reasoning off gets the budget with the request and closes the
          reasoning itself (vLLM: <code>thinking_token_budget</code>; SGLang: started with <code>--enable-strict-thinking</code>); other servers
          must not split it off.
        </p>
        <BudgetField engine="browser engine" value={a.browserThinkingBudget} maxTokens={maxTokens} onChange={(v) => set({ browserThinkingBudget: v })} />
        <BudgetField engine="server" value={a.serverThinkingBudget} maxTokens={maxTokens} onChange={(v) => set({ serverThinkingBudget: v })} />
      </div>
    </div>
  );
}
