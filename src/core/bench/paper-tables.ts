import tables from './paper-tables.json';

export const PAPER_TABLE3_COLUMNS = [
  'chat', 'code', 'safety', 'math', 'content', 'logic', 'tone', 'style', 'structure',
  'accuracy', 'kendall_tau_x100', 'ndcg_x100', 'variance',
] as const;
export type PaperTable3Column = (typeof PAPER_TABLE3_COLUMNS)[number];

export const PAPER_RMBENCH_COLUMNS = ['chat', 'math', 'code', 'safety', 'easy', 'normal', 'hard', 'overall_as_published'] as const;
export type PaperRMBenchColumn = (typeof PAPER_RMBENCH_COLUMNS)[number];

export const PAPER_RB2_COLUMNS = ['Factuality', 'Precise IF', 'Math', 'Safety', 'Focus', 'Ties', 'overall'] as const;
export type PaperRB2Column = (typeof PAPER_RB2_COLUMNS)[number];

export interface PaperTable<C extends string> {
  /** Where the numbers come from (paper, table, how they were read). */
  source: string;
  note: string;
  columns: readonly C[];
  /** One row per model, in the paper's order. */
  rows: ReadonlyArray<{ model: string; values: Readonly<Record<C, number>> }>;
}

function build<C extends string>(
  columns: readonly C[],
  table: { columns: string[]; note: string; rows: Record<string, number[]>; source?: string },
): PaperTable<C> {
  if (table.columns.length !== columns.length || table.columns.some((c, i) => c !== columns[i])) {
    throw new Error(`paper-tables.json columns changed: ${table.columns.join(', ')}`);
  }
  const rows = Object.entries(table.rows).map(([model, numbers]) => {
    if (numbers.length !== columns.length) throw new Error(`paper-tables.json row "${model}" has ${numbers.length} values`);
    const values = Object.fromEntries(columns.map((c, i) => [c, numbers[i]])) as Record<C, number>;
    return { model, values };
  });
  return { source: table.source ?? tables.source, note: table.note, columns, rows };
}

/** RABench results of the paper's Table 3 (domain and category cells are pairwise accuracy in %). */
export const PAPER_TABLE3: PaperTable<PaperTable3Column> = build(PAPER_TABLE3_COLUMNS, tables.rabench_table3);

/** RM-Bench results of the paper's Table 2 (%; see the note on the published overall). */
export const PAPER_RMBENCH_TABLE2: PaperTable<PaperRMBenchColumn> = build(PAPER_RMBENCH_COLUMNS, tables.rmbench_table2);

/** RewardBench 2 leaderboard rows of a few reference models (%; overall = mean of the six subsets). */
export const PAPER_RB2_LEADERBOARD: PaperTable<PaperRB2Column> = build(PAPER_RB2_COLUMNS, tables.rewardbench2_leaderboard);
