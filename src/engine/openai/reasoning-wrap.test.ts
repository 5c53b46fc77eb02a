import { describe, expect, it } from 'vitest';
import { CompletionAccumulator } from './accumulator.ts';

const chunk = (delta: object, finish: string | null = null) => JSON.stringify({ choices: [{ index: 0, delta, finish_reason: finish }] });

describe('reasoning fields are re-wrapped as <think>…</think>', () => {
  it.each(['reasoning_content', 'reasoning'])('from delta.%s', (field) => {
    const deltas: string[] = [];
    const acc = new CompletionAccumulator((t) => deltas.push(t), () => 0);
    for (const d of [{ role: 'assistant', content: '' }, { [field]: '\nweighing ' }, { [field]: 'both\n' }, { content: '\n\n{"scores": {}}' }]) acc.event(chunk(d));
    acc.event(chunk({}, 'stop'));
    acc.event('[DONE]');
    expect(acc.text).toBe('<think>\nweighing both\n</think>\n\n{"scores": {}}');
    expect(deltas.join('')).toBe(acc.text);
    expect(acc.finishReason).toBe('stop');
    expect(acc.done).toBe(true);
  });

  it('leaves the tags open when the stream ends inside the reasoning', () => {
    const acc = new CompletionAccumulator(() => undefined, () => 0);
    acc.event(chunk({ reasoning_content: 'thinking' }));
    expect(acc.text).toBe('<think>thinking');
  });

  it('counts malformed events, and splits events made of several JSON lines', () => {
    const acc = new CompletionAccumulator(() => undefined, () => 0);
    acc.event('{not json');
    acc.event(`${chunk({ content: 'a' })}\n${chunk({ content: 'b' })}`);
    expect(acc.malformed).toBe(1);
    expect(acc.text).toBe('ab');
  });

  it('records an error the server sends inside the stream', () => {
    const acc = new CompletionAccumulator(() => undefined, () => 0);
    acc.event(JSON.stringify({ error: { message: 'CUDA out of memory' } }));
    expect(acc.streamError).toBe('CUDA out of memory');
  });
});
