import type { ItemSummary, LiveItem, RunRecord } from '../../core/index.ts';
import type { RunProgressNow } from './runner.ts';

/** How often a running run's view is redrawn: a few times a second, whatever the number of items in flight. */
export const VIEW_FLUSH_MS = 250;
/** Items in flight whose streaming reasoning is shown; the others are counted. */
export const LIVE_SHOWN = 3;

/** What the run view shows of a running run, refreshed every flush. */
export interface LiveProgress extends RunProgressNow {
  /** The first LIVE_SHOWN items in flight (lowest index first). */
  shown: LiveItem[];
  /** Every item in flight, lowest first (the item list marks them). */
  indices: number[];
}

export interface ViewBatch {
  /** The newest run record since the last flush, if any. */
  run: RunRecord | null;
  /** Items finished since the last flush. */
  summaries: ItemSummary[];
  live: LiveProgress;
}

/**
 * Collects what a running run reports (results, run records, streamed text of every item in flight) and hands it
 * on at most once per VIEW_FLUSH_MS, in one batch: with 64 items in flight the store then changes a few times a
 * second instead of 64 times a frame, and React redraws the run view as often.
 */
export class ViewBatcher {
  private readonly live = new Map<number, LiveItem>();
  private summaries: ItemSummary[] = [];
  private run: RunRecord | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private status: RunRecord['status'] | null = null;

  constructor(
    private readonly progress: () => RunProgressNow,
    private readonly apply: (batch: ViewBatch) => void,
    private readonly ms = VIEW_FLUSH_MS,
  ) {}

  onLive(l: LiveItem): void {
    this.live.set(l.index, l);
    this.schedule();
  }

  onLiveEnd(index: number): void {
    this.live.delete(index);
    this.schedule();
  }

  onResult(s: ItemSummary): void {
    this.summaries.push(s);
    this.schedule();
  }

  /** A new status (running, paused, done) shows at once; counts and times wait for the next flush. */
  onRun(r: RunRecord): void {
    this.run = r;
    if (r.status !== this.status) {
      this.status = r.status;
      this.flush();
    } else this.schedule();
  }

  /** Hands on what has gathered now (and no more after close). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const indices = [...this.live.keys()].sort((a, b) => a - b);
    const batch: ViewBatch = {
      run: this.run,
      summaries: this.summaries,
      live: { ...this.progress(), shown: indices.slice(0, LIVE_SHOWN).map((i) => this.live.get(i)!), indices },
    };
    this.run = null;
    this.summaries = [];
    this.apply(batch);
  }

  /** The run ended: one last flush; later reports are dropped. */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
  }

  private schedule(): void {
    if (this.timer !== null || this.closed) return;
    this.timer = setTimeout(() => this.flush(), this.ms);
  }
}
