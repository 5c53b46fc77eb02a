import { mulberry32 } from '../metrics/index.ts';

/** k input orders for an order-sensitivity probe: the given order first, then seeded shuffles (Fisher–Yates). */
export function probeOrders(n: number, k: number, seed = 7): number[][] {
  const rand = mulberry32(seed);
  const out: number[][] = [Array.from({ length: n }, (_, i) => i)];
  for (let r = 1; r < k; r++) {
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [p[i], p[j]] = [p[j]!, p[i]!];
    }
    out.push(p);
  }
  return out;
}

export interface ProbeRun {
  scores: Array<[string, number]>;
  ranking: string[];
  failed: boolean;
}

export interface CandidateSpread {
  name: string;
  n: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
  meanRank: number | null;
}

export interface ProbeSummary {
  runs: number;
  failed: number;
  /** Share of usable runs whose winner differs from the first usable run's winner. */
  winnerChangeRate: number | null;
  /** Share of usable runs whose full ranking differs from the first usable run's. */
  rankingChangeRate: number | null;
  winners: Array<[string, number]>;
  candidates: CandidateSpread[];
}

/** Ranking implied by a run: the model's ranking, else its scores high to low (ties keep name order). */
function orderOf(run: ProbeRun, names: string[]): string[] {
  const seen = new Set<string>();
  const r = run.ranking.filter((x) => names.includes(x) && !seen.has(x) && seen.add(x));
  if (r.length) return r;
  const s = new Map(run.scores);
  return names.filter((x) => s.has(x)).sort((a, b) => s.get(b)! - s.get(a)! || names.indexOf(a) - names.indexOf(b));
}

export function summarizeProbe(names: string[], runs: ProbeRun[]): ProbeSummary {
  const usable = runs.filter((r) => !r.failed && (r.ranking.length > 0 || r.scores.length > 0));
  const orders = usable.map((r) => orderOf(r, names));
  const first = orders[0];
  const winners = new Map<string, number>();
  for (const o of orders) if (o[0]) winners.set(o[0], (winners.get(o[0]) ?? 0) + 1);
  const rest = orders.slice(1);
  const candidates = names.map((name): CandidateSpread => {
    const vals = usable.map((r) => new Map(r.scores).get(name)).filter((v): v is number => typeof v === 'number');
    const ranks = orders.map((o) => o.indexOf(name)).filter((i) => i >= 0).map((i) => i + 1);
    const mean = vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : null;
    const sd = mean === null ? null : Math.sqrt(vals.reduce((a, b) => a + (b - mean) ** 2, 0) / vals.length);
    return {
      name,
      n: vals.length,
      mean,
      sd,
      min: vals.length ? Math.min(...vals) : null,
      max: vals.length ? Math.max(...vals) : null,
      meanRank: ranks.length ? ranks.reduce((a, b) => a + b, 0) / ranks.length : null,
    };
  });
  return {
    runs: runs.length,
    failed: runs.length - usable.length,
    winnerChangeRate: first && rest.length ? rest.filter((o) => o[0] !== first[0]).length / rest.length : null,
    rankingChangeRate: first && rest.length ? rest.filter((o) => o.join('\u0000') !== first.join('\u0000')).length / rest.length : null,
    winners: [...winners.entries()].sort((a, b) => b[1] - a[1]),
    candidates,
  };
}

/** Where two rankings disagree: for each name, its rank in a and in b (1-based; null when absent). */
export function rankingChanges(names: string[], a: string[], b: string[]): Array<{ name: string; rankA: number | null; rankB: number | null; changed: boolean }> {
  const pos = (list: string[], n: string) => {
    const i = list.indexOf(n);
    return i < 0 ? null : i + 1;
  };
  return names.map((name) => {
    const rankA = pos(a, name);
    const rankB = pos(b, name);
    return { name, rankA, rankB, changed: rankA !== rankB };
  });
}
