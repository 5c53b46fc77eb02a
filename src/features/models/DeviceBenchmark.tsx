import { useRef, useState } from 'react';
import { DEVICE_BENCH_RUNS, type JudgeStats } from '../../core/index.ts';
import { runDeviceBenchmark, serializeError, useActiveServerKind, useAppStore, useEngineReady, type DeviceBenchReport } from '../../state/index.ts';
import { CopyButton } from '../../components/CopyButton.tsx';
import { downloadText } from '../../components/download.ts';

const f = (v: number | null, d: number, unit: string) => (v === null ? '—' : `${v.toFixed(d)}${unit}`);

function Row({ label, r }: { label: string; r: JudgeStats }) {
  return (
    <tr className="border-t border-line" data-testid="bench-row">
      <th scope="row" className="py-1 text-left font-medium">
        {label}
      </th>
      <td>{f(r.timeToFirstTokenMs !== null ? r.timeToFirstTokenMs / 1000 : null, 2, ' s')}</td>
      <td>{f(r.prefillTokensPerSec, 1, '')}</td>
      <td data-testid="decode">{f(r.decodeTokensPerSec, 1, '')}</td>
      <td>{f(r.endToEndMs / 1000, 2, ' s')}</td>
      <td>{r.completionTokens ?? '—'}</td>
    </tr>
  );
}

/** "Benchmark this device": a fixed judgment three times with the loaded model; results copy or export as JSON. */
export function DeviceBenchmark() {
  const [runs, setRuns] = useState<JudgeStats[]>([]);
  const [report, setReport] = useState<DeviceBenchReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const ready = useEngineReady();
  // With a server as the engine the benchmark times the server: say so before and after, in place of the adapter.
  const server = useActiveServerKind();
  const start = async () => {
    setBusy(true);
    setRuns([]);
    setReport(null);
    setError(null);
    abort.current = new AbortController();
    try {
      const r = await runDeviceBenchmark(useAppStore.getState(), abort.current.signal, (_, run) => setRuns((x) => [...x, run]));
      setReport(r);
      if (r.runs.length === DEVICE_BENCH_RUNS) useAppStore.getState().deviceSpeedActions.recordDeviceBenchmark(r);
    } catch (e) {
      const err = serializeError(e);
      setError(err.advice ? `${err.message} ${err.advice}` : err.message);
    } finally {
      setBusy(false);
    }
  };
  const json = report ? JSON.stringify(report, null, 2) : '';
  return (
    <section className="card space-y-3" aria-labelledby="devbench-title" data-testid="device-benchmark">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="devbench-title" className="font-semibold">
          Benchmark this device
        </h2>
        <div className="ml-auto flex gap-2">
          {busy ? (
            <button type="button" className="btn-danger" onClick={() => abort.current?.abort()}>
              Stop
            </button>
          ) : (
            <button type="button" className="btn-primary" onClick={() => void start()} disabled={!ready}>
              Run benchmark
            </button>
          )}
        </div>
      </div>
      <p className="hint">
        A fixed judgment (same principle, prompt and 4 candidates) run {DEVICE_BENCH_RUNS} times with the loaded model at temperature 0.
        {server
          ? ` The engine is a server, so this times the ${server}, not this device (use "In this browser" in Settings to time this device).${ready ? '' : ' Pick a model in Settings first.'}`
          : !ready && ' Load a model first.'}
      </p>
      {error && (
        <p role="alert" className="text-sm text-bad">
          {error}
        </p>
      )}
      {runs.length > 0 && (
        <table className="w-full text-sm">
          <caption className="sr-only">Device benchmark runs</caption>
          <thead>
            <tr className="text-left text-xs text-muted">
              <th scope="col">Run</th>
              <th scope="col">Time to first token</th>
              <th scope="col">Prefill tok/s</th>
              <th scope="col">Decode tok/s</th>
              <th scope="col">End to end</th>
              <th scope="col">Output tokens</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r, i) => (
              <Row key={i} label={`Run ${i + 1}`} r={r} />
            ))}
            {report && <Row label="Median" r={report.median} />}
          </tbody>
        </table>
      )}
      {report && (
        <div className="space-y-2" data-testid="device-benchmark-report">
          <p className="text-sm">
            {report.model} · {report.server ?? report.adapter} · context {report.contextWindow}
          </p>
          {report.server && (
            <p className="hint">These figures are the server&apos;s speed, not this device&apos;s: the performance notes collect figures of browsers.</p>
          )}
          <div className="flex gap-2">
            <CopyButton text={json} label="Copy JSON" />
            <button type="button" className="btn" onClick={() => downloadText(`device-benchmark-${report.date.slice(0, 10)}.json`, json)}>
              Export JSON
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
