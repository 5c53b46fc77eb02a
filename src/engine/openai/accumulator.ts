import type { TokenLogprob } from '../../core/index.ts';
import { readChunk } from './chunk.ts';
import type { TokenUsage } from '../judgeStats.ts';
import type { ChunkFields } from './chunk.ts';
import { ReasoningWrap } from './reasoning-wrap.ts';
import { LogprobCollector } from '../logprobs.ts';

/**
 * Folds the events of one completion into its text, finish reason, usage and first-token time, passing each new piece
 * of text to `onDelta`. Constant work per event; the text is joined once at the end.
 */
export class CompletionAccumulator {
  private readonly parts: string[] = [];
  private readonly wrap = new ReasoningWrap();
  /** `[DONE]` seen. */
  done = false;
  finishReason: string | null = null;
  usage: TokenUsage | null = null;
  /** When the first piece of text arrived (the clock passed in). */
  firstTokenAt: number | null = null;
  /** An error the server reported inside the stream. */
  streamError: string | null = null;
  /** Events whose data was not JSON (skipped). */
  malformed = 0;
  /** The first of them, shortened, for the diagnostic. */
  firstMalformed: string | null = null;
  private readonly lp = new LogprobCollector();

  constructor(
    private readonly onDelta: (text: string) => void,
    private readonly now: () => number,
  ) {}

  get text(): string {
    return this.parts.join('');
  }

  /** Every token's log probabilities, in order (text sent without them keeps its place); null while the server sent none. */
  get logprobs(): TokenLogprob[] | null {
    return this.lp.result;
  }

  /** One SSE event's data. */
  event(data: string): void {
    if (data.trim() === '[DONE]') {
      this.done = true;
      return;
    }
    const json = parseJson(data);
    if (json !== undefined) return this.fields(readChunk(json));
    // A server that ends events with a single newline makes one event of several data lines: try them one by one.
    const lines = data.includes('\n') ? data.split('\n').map(parseJson) : [];
    if (lines.length === 0 || lines.some((l) => l === undefined)) {
      this.malformed++;
      this.firstMalformed ??= data.slice(0, 60);
      return;
    }
    for (const l of lines) this.fields(readChunk(l));
  }

  /** A whole non-streamed chat.completion. */
  completion(json: unknown): boolean {
    const f = readChunk(json);
    if (f === null) return false;
    this.fields(f);
    return true;
  }

  private fields(f: ChunkFields | null): void {
    if (f === null) {
      this.malformed++;
      return;
    }
    if (f.error !== null) this.streamError = f.error;
    if (f.usage !== null) this.usage = f.usage;
    let text = '';
    if (f.reasoning !== '') text += this.emit(this.wrap.reasoning(f.reasoning));
    if (f.content !== '') text += this.emit(this.wrap.content(f.content));
    if (f.finishReason !== null) this.finishReason = f.finishReason;
    this.lp.add(text, f.logprobs);
  }

  private emit(text: string): string {
    if (this.firstTokenAt === null) this.firstTokenAt = this.now();
    this.parts.push(text);
    this.onDelta(text);
    return text;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
