/**
 * Incremental Server-Sent Events parser (the subset OpenAI-compatible servers use). Feed it decoded text as it
 * arrives; it returns the `data` of each completed event. Lines may end in \n, \r\n or \r and may be split anywhere
 * across chunks; `:` comment lines (keep-alives) are counted and skipped; `event:`, `id:` and `retry:` fields are
 * ignored, any other line is counted as foreign (so a body that is no event stream can be told); several `data:`
 * lines in one event are joined with \n as the spec says.
 * Work per chunk is proportional to the chunk, never to the stream so far.
 */
const SSE_FIELDS = new Set(['event', 'id', 'retry']);

export class SseParser {
  private tail = '';
  private data: string[] = [];
  /** The previous chunk ended in \r, so a \n opening the next one ends no extra line. */
  private pendingCR = false;
  comments = 0;
  /** Non-empty lines that are no SSE field at all (a body that is not an event stream has only these). */
  foreignLines = 0;
  /** The first such line, shortened, for the diagnostic. */
  firstForeignLine: string | null = null;
  /** `data:` lines seen. */
  dataLines = 0;

  push(text: string): string[] {
    const events: string[] = [];
    let start = 0;
    if (this.pendingCR && text.charCodeAt(0) === 10) start = 1;
    this.pendingCR = false;
    // Line ends are found with indexOf (a native scan), not a loop over every character: a judgment's stream is
    // ~100 KB of events and this runs on the main thread for each of them.
    let lf = text.indexOf('\n', start);
    let cr = text.indexOf('\r', start);
    while (lf !== -1 || cr !== -1) {
      const i = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      const line = this.tail === '' ? text.slice(start, i) : this.tail + text.slice(start, i);
      this.tail = '';
      this.line(line, events);
      start = i + 1;
      if (i === cr) {
        if (start === text.length) this.pendingCR = true;
        else if (text.charCodeAt(start) === 10) start++;
      }
      if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    }
    if (start < text.length) this.tail += text.slice(start);
    return events;
  }

  /** The stream ended normally: an event still missing its blank line is delivered anyway. */
  end(): string[] {
    const events: string[] = [];
    if (this.tail !== '') this.line(this.tail, events);
    this.tail = '';
    this.dispatch(events);
    return events;
  }

  private line(line: string, events: string[]): void {
    if (line === '') return this.dispatch(events);
    if (line.charCodeAt(0) === 58 /* : */) {
      this.comments++;
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    if (field !== 'data') {
      if (!SSE_FIELDS.has(field)) {
        this.foreignLines++;
        this.firstForeignLine ??= line.slice(0, 80);
      }
      return;
    }
    this.dataLines++;
    const value = colon < 0 ? '' : line.slice(colon + 1);
    this.data.push(value.charCodeAt(0) === 32 ? value.slice(1) : value);
  }

  private dispatch(events: string[]): void {
    if (this.data.length === 0) return;
    events.push(this.data.join('\n'));
    this.data = [];
  }
}
