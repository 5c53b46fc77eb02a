import type { RunRecord } from './run.ts';
import type { RunMetrics } from './runMetrics.ts';

/**
 * Why a run's metrics are on integer scores only, or on expected scores for only some items; null when every item
 * with scores has expected scores (or none has scores yet).
 */
export function expectedScoresNote(run: Pick<RunRecord, 'constraint' | 'engine' | 'sampling'>, m: Pick<RunMetrics, 'expected' | 'expectedMissing'>): string | null {
  const c = run.constraint;
  if (m.expected) {
    const { items, of } = m.expected.coverage;
    if (items >= of) return null;
    const why = m.expectedMissing.note ? ` (${m.expectedMissing.note})` : '';
    return `Expected scores for ${items} of ${of} items with scores; the other ${of - items} count on their integer scores in the expected column too${why}.`;
  }
  if (!c || (!c.topLogprobs && !c.wantedLogprobs)) {
    const how =
      run.engine.kind === 'openai'
        ? 'set “Log probabilities per token” in Settings (a server that returns them: vLLM, SGLang, llama.cpp) and start a new run'
        : 'turn on “Expected scores in the browser” in Settings and start a new run at a temperature of at least 0.05';
    return `Integer scores only: this run did not ask the engine for log probabilities, so there are no expected scores (to get them, ${how}).`;
  }
  if (!c.topLogprobs) {
    return `Integer scores only: the run sampled at temperature ${run.sampling.temperature}, too low to read probabilities from the browser engine (start a new run at a temperature of at least 0.05).`;
  }
  if (m.expectedMissing.items === 0) return null;
  return `Integer scores only: no item has expected scores${m.expectedMissing.note ? ` (${m.expectedMissing.note})` : ''}.`;
}

/** The run's constraint in a few words, for its header: "answer grammar · 5 log probabilities per token". */
export function describeRunConstraint(c: RunRecord['constraint']): string {
  if (!c) return 'no answer grammar · no log probabilities';
  const grammar = c.grammar ? 'answer grammar' : 'no answer grammar';
  const budget = c.thinkingBudget ? ` · thinking budget ${c.thinkingBudget} tokens` : '';
  const logprobs = c.topLogprobs ? `${c.topLogprobs} log probabilities per token` : c.wantedLogprobs ? 'no log probabilities (temperature too low)' : 'no log probabilities';
  return `${grammar}${budget} · ${logprobs}`;
}
