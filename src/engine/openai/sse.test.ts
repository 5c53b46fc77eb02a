import { describe, expect, it } from 'vitest';
import { SseParser } from './sse.ts';

/** Feeds the text in pieces of `size` characters and collects all events. */
function parse(text: string, size: number): { events: string[]; comments: number } {
  const p = new SseParser();
  const events: string[] = [];
  for (let i = 0; i < text.length; i += size) events.push(...p.push(text.slice(i, i + size)));
  events.push(...p.end());
  return { events, comments: p.comments };
}

const STREAM = ': keep-alive\n\ndata: {"a":1}\n\ndata: {"b":2}\n\nevent: ping\ndata: x\ny\n\ndata:[DONE]\n\n';

describe('SseParser', () => {
  it.each([1, 2, 3, 7, 1000])('gives the same events whatever the chunking (%i chars)', (size) => {
    expect(parse(STREAM, size)).toEqual({ events: ['{"a":1}', '{"b":2}', 'x', '[DONE]'], comments: 1 });
  });

  it('handles \\r\\n and lone \\r line endings, even when \\r\\n is split', () => {
    const crlf = STREAM.replace(/\n/g, '\r\n');
    const cr = STREAM.replace(/\n/g, '\r');
    for (const size of [1, 2, 5]) {
      expect(parse(crlf, size).events).toEqual(['{"a":1}', '{"b":2}', 'x', '[DONE]']);
      expect(parse(cr, size).events).toEqual(['{"a":1}', '{"b":2}', 'x', '[DONE]']);
    }
  });

  it('handles \\n, \\r\\n and \\r mixed in one stream, whole or in pieces', () => {
    const mixed = 'data: a\r\n\r\ndata: b\n\ndata: c\r\rdata: d\r\n\n: ping\rdata: e\n\r';
    for (const size of [1, 2, 3, 1000]) expect(parse(mixed, size)).toEqual({ events: ['a', 'b', 'c', 'd', 'e'], comments: 1 });
  });

  it('joins several data lines of one event with \\n', () => {
    expect(parse('data: one\ndata: two\n\n', 4).events).toEqual(['one\ntwo']);
  });

  it('keeps one leading space only and ignores other fields', () => {
    expect(parse('id: 1\nretry: 10\ndata:  two spaces\n\n', 100).events).toEqual([' two spaces']);
  });

  it('delivers a last event that lacks its blank line when the stream ends', () => {
    expect(parse('data: {"a":1}', 3).events).toEqual(['{"a":1}']);
  });
});
