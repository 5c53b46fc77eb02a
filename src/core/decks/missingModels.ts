import type { Deck, Recording } from './deck.ts';

/** The models the user can judge with here. */
export interface ModelsAtHand {
  /** Browser models downloaded in full, or loaded. */
  browser: readonly string[];
  /** The configured server's model (null when no server is set up). */
  server: string | null;
  /** Browser models the app can download (its catalog): a recording naming one can be run after a download. */
  catalog: readonly string[];
  /** The model a live run would use now (the engine picked in Settings), null when none is ready. */
  current: string | null;
}

/** Where a recording is, by case and principle (1-based, as the user counts). */
export interface RecordingPlace {
  caseNumber: number;
  caseTitle: string;
  principleNumber: number;
  label: string;
}

/** A model a deck's recordings were made with that the user does not have here. */
export interface MissingModel {
  modelId: string;
  engine: Recording['engine'];
  /** The recordings made with it, in deck order. */
  places: RecordingPlace[];
  /** A browser model of the app's catalog: it can be downloaded on the Models page. */
  downloadable: boolean;
}

const norm = (id: string) => id.trim().toLowerCase();

/** The models `deck`'s recordings name that the user does not have (in this browser or as the server's model). */
export function missingModels(deck: Deck, have: ModelsAtHand): MissingModel[] {
  const available = new Set([...have.browser, ...(have.server ? [have.server] : [])].map(norm));
  const catalog = new Set(have.catalog.map(norm));
  const byId = new Map<string, MissingModel>();
  deck.cases.forEach((c, ci) =>
    c.principles.forEach((p, pi) => {
      const r = p.recording;
      if (!r || available.has(norm(r.modelId))) return;
      const m = byId.get(norm(r.modelId)) ?? { modelId: r.modelId, engine: r.engine, places: [], downloadable: r.engine === 'webllm' && catalog.has(norm(r.modelId)) };
      m.places.push({ caseNumber: ci + 1, caseTitle: c.title, principleNumber: pi + 1, label: p.label });
      byId.set(norm(r.modelId), m);
    }),
  );
  return [...byId.values()];
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function where(m: MissingModel): string {
  if (m.places.length > 3) return plural(m.places.length, 'recording');
  return m.places.map((p) => `case ${p.caseNumber}, principle ${p.principleNumber}`).join('; ');
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * What to tell the user when a deck names models they lack: which, where, that the replays still play without them,
 * and what running live will use instead. Null when nothing is missing.
 */
export function missingModelsNotice(missing: readonly MissingModel[], have: Pick<ModelsAtHand, 'current'>): string | null {
  if (missing.length === 0) return null;
  const named = list(missing.map((m) => `${m.modelId} (${where(m)})`));
  const one = missing.length === 1;
  const download = missing.filter((m) => m.downloadable).map((m) => m.modelId);
  const get = download.length === 0 ? '' : ` ${list(download)} can be downloaded on the Models page.`;
  const live = have.current
    ? `Running live (R) judges with your current model, ${have.current}, so its ranking may differ from the recording.`
    : 'Running live (R) needs a model of yours: load one on the Models page or set up a server in Settings.';
  return `Recorded with ${named}, which ${one ? 'is' : 'are'} not available here. The replays still play without ${one ? 'it' : 'them'} (Y, no model needed). ${live}${get}`;
}
