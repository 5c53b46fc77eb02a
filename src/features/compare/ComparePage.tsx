import { useState } from 'react';
import { probeOrders, PRINCIPLE_PRESETS } from '../../core/index.ts';
import { useCompareActions, useCompareError, useCompareRunning, useLoadModelId, useSampling, useServerModel, useWorkspace, type CompareJob, type CompareKind, type ModelChoice, useCatalog } from '../../state/index.ts';
import { CompareResults } from './CompareResults.tsx';
import { ProbeSummaryView } from './ProbeSummaryView.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { Tabs } from '../../components/Tabs.tsx';

const TABS: Array<[CompareKind, string]> = [
  ['principles', 'Principles side by side'],
  ['models', 'Two models'],
  ['order', 'Order sensitivity'],
  ['repeat', 'Repeat stability'],
];

export function ComparePage() {
  const [tab, setTab] = useState<CompareKind>('principles');
  const workspace = useWorkspace();
  const running = useCompareRunning();
  const stop = useCompareActions().stopCompare;
  const error = useCompareError();
  const dismissError = useCompareActions().dismissCompareError;
  return (
    <section aria-labelledby="page-title" className="space-y-4">
      <h1 id="page-title" className="text-xl font-semibold">
        Compare
      </h1>
      <p className="text-sm text-muted">
        Uses the playground's prompt and its {workspace.candidates.length} candidate{workspace.candidates.length === 1 ? '' : 's'} ({workspace.candidates.map((c) => c.name).join(', ') || 'none yet'}). Runs one judgment at a time.
      </p>
      <Tabs label="Comparison" tabs={TABS} value={tab} onChange={setTab} panelClassName="card space-y-3">
        {tab === 'principles' && <PrinciplesForm />}
        {tab === 'models' && <ModelsForm />}
        {(tab === 'order' || tab === 'repeat') && <ProbeForm kind={tab} />}
        {running && (
          <button type="button" className="btn-danger" onClick={stop}>
            ■ Stop
          </button>
        )}
      </Tabs>
      {error && <ErrorNotice error={error} testId="compare-error" onDismiss={dismissError} />}
      <ProbeSummaryView />
      <CompareResults />
    </section>
  );
}

function useBaseJob() {
  const w = useWorkspace();
  const sampling = useSampling();
  return { input: { principle: w.principle, prompt: w.prompt, responses: w.candidates.map((c) => ({ name: c.name, text: c.text })) }, mask: w.mask, sampling };
}

function PrinciplesForm() {
  const base = useBaseJob();
  const run = useCompareActions().runCompare;
  const running = useCompareRunning();
  const concise = PRINCIPLE_PRESETS.find((p) => p.opposite && p.tags.includes('length'));
  const [list, setList] = useState<string[]>(() => [base.input.principle, concise?.text ?? 'Prefer the shortest correct answer.']);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const jobs: CompareJob[] = list.filter((p) => p.trim()).map((p, i) => ({ ...base, label: `P${i + 1}: ${p.length > 80 ? `${p.slice(0, 80)}…` : p}`, input: { ...base.input, principle: p } }));
        void run('principles', jobs);
      }}
    >
      {list.map((p, i) => (
        <div key={i}>
          <label htmlFor={`cmp-p-${i}`} className="label">
            Principle {i + 1}
          </label>
          <div className="flex gap-2">
            <textarea id={`cmp-p-${i}`} className="field min-h-16 font-mono" value={p} onChange={(e) => setList(list.map((x, j) => (j === i ? e.target.value : x)))} />
            {list.length > 2 && (
              <button type="button" className="btn self-start" onClick={() => setList(list.filter((_, j) => j !== i))} aria-label={`Remove principle ${i + 1}`}>
                ✕
              </button>
            )}
          </div>
        </div>
      ))}
      <div className="flex gap-2">
        {list.length < 4 && (
          <button type="button" className="btn" onClick={() => setList([...list, ''])}>
            + Principle
          </button>
        )}
        <button type="submit" className="btn-primary" disabled={running || base.input.responses.length === 0}>
          Run {list.filter((p) => p.trim()).length} judgments
        </button>
      </div>
    </form>
  );
}

function ModelsForm() {
  const base = useBaseJob();
  const run = useCompareActions().runCompare;
  const running = useCompareRunning();
  const catalog = useCatalog().filter((m) => m.weightsUrl);
  const serverModel = useServerModel();
  const loaded = useLoadModelId();
  const options: Array<[string, string, ModelChoice]> = [
    ...catalog.map((m): [string, string, ModelChoice] => [`w:${m.id}`, `Browser: ${m.label}`, { kind: 'webllm', modelId: m.id }]),
    ...(serverModel ? [[`s:${serverModel}`, `Server: ${serverModel}`, { kind: 'openai', model: serverModel }] as [string, string, ModelChoice]] : []),
  ];
  const [a, setA] = useState(loaded ? `w:${loaded}` : (options[0]?.[0] ?? ''));
  const [b, setB] = useState(options.find((o) => o[0] !== a)?.[0] ?? '');
  const pick = (k: string) => options.find((o) => o[0] === k);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const jobs = [a, b].map((k) => pick(k)).filter((o): o is [string, string, ModelChoice] => !!o).map(([, label, model]) => ({ ...base, label, model }));
        void run('models', jobs);
      }}
    >
      <p className="hint">Browser models are loaded one after the other (each load replaces the previous one on the GPU).</p>
      {[
        ['Model A', a, setA],
        ['Model B', b, setB],
      ].map(([label, value, setter]) => (
        <div key={label as string}>
          <label className="label" htmlFor={`cmp-${label as string}`}>
            {label as string}
          </label>
          <select id={`cmp-${label as string}`} className="field w-auto" value={value as string} onChange={(e) => (setter as (v: string) => void)(e.target.value)}>
            {options.map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="btn-primary" disabled={running || a === b || !a || !b}>
        Run both
      </button>
    </form>
  );
}

function ProbeForm({ kind }: { kind: 'order' | 'repeat' }) {
  const base = useBaseJob();
  const run = useCompareActions().runCompare;
  const running = useCompareRunning();
  const [k, setK] = useState(5);
  const [temp, setTemp] = useState(0.7);
  const [seed, setSeed] = useState(7);
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const jobs: CompareJob[] =
          kind === 'order'
            ? probeOrders(base.input.responses.length, k, seed).map((order, i) => ({
                ...base,
                label: `Order ${i + 1}: ${order.map((j) => base.input.responses[j]!.name).join(' ')}`,
                input: { ...base.input, responses: order.map((j) => base.input.responses[j]!) },
              }))
            : Array.from({ length: k }, (_, i) => ({ ...base, label: `Run ${i + 1} (T=${temp})`, sampling: { ...base.sampling, temperature: temp, seed: undefined } }));
        void run(kind, jobs);
      }}
    >
      <div>
        <label htmlFor="probe-k" className="label">
          Runs (k)
        </label>
        <input id="probe-k" type="number" min={2} max={30} className="field w-24" value={k} onChange={(e) => setK(Math.max(2, Math.min(30, Number(e.target.value) || 2)))} />
      </div>
      {kind === 'repeat' ? (
        <div>
          <label htmlFor="probe-t" className="label">
            Temperature
          </label>
          <input id="probe-t" type="number" step={0.1} min={0.1} max={2} className="field w-24" value={temp} onChange={(e) => setTemp(Math.max(0.1, Math.min(2, Number(e.target.value) || 0.7)))} />
        </div>
      ) : (
        <div>
          <label htmlFor="probe-seed" className="label">
            Shuffle seed
          </label>
          <input id="probe-seed" type="number" className="field w-24" value={seed} onChange={(e) => setSeed(Math.round(Number(e.target.value) || 0))} />
        </div>
      )}
      <button type="submit" className="btn-primary" disabled={running || base.input.responses.length < 2}>
        Run {k} judgments
      </button>
    </form>
  );
}
