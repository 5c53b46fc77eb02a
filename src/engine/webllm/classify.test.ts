import { describe, expect, it } from 'vitest';
import { classifyWebLLMError } from './classify.ts';

// Messages as WebLLM 0.2.86 writes them; in production builds the class-name prefixes are minified ("he: …").
describe('classifyWebLLMError', () => {
  it('reads a grammar the engine could not compile as a configuration problem of the judgment, so it can run without', () => {
    const e = classifyWebLLMError('Error: [FATAL] grammar_parser.cc:552: EBNF parser error at line 1, column 10: Rule "x" is not defined', { call: 'judge' });
    expect(e.kind).toBe('bad-config');
    expect(e.message).toBe('WebLLM could not use the answer grammar.');
    expect(classifyWebLLMError('grammar download failed', { call: 'load' }).kind).not.toBe('bad-config');
  });

  it('reads the context overflow and says by how much', () => {
    const e = classifyWebLLMError(
      'Error: Prompt tokens exceed context window size: number of prompt tokens: 9214; context window size: 8192\nConsider shortening the prompt',
      { call: 'judge' },
    );
    expect(e.kind).toBe('context-exceeded');
    expect(e.message).toContain('9,214 tokens, 1,022 more than');
    expect(e.details).toMatchObject({ promptTokens: 9214, contextWindow: 8192 });
  });
  it('offers the f32 variant when shader-f16 is missing', () => {
    const e = classifyWebLLMError('he: This model requires WebGPU extension shader-f16, which is not enabled in this browser.', { call: 'load' });
    expect(e.kind).toBe('shader-f16-missing');
    expect(e.advice).toContain('q4f32_1');
  });
  it('tells device loss and out-of-memory apart, each with what to do', () => {
    expect(classifyWebLLMError('The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM).', { call: 'load' }).kind).toBe('out-of-memory');
    const lost = classifyWebLLMError('Device was lost. This can happen due to insufficient memory or other GPU constraints.', { call: 'judge' });
    expect(lost.kind).toBe('device-lost');
    expect(lost.advice).toContain('Reload the engine');
  });
  it('reports missing WebGPU and a missing model whatever the minified class name', () => {
    expect(classifyWebLLMError('xe: WebGPU is not supported in your current environment', { call: 'load' }).kind).toBe('webgpu-missing');
    expect(classifyWebLLMError('he is not loaded with a model. Did you call `engine.reload()`?', { call: 'judge' }).kind).toBe('not-loaded');
  });
  it('names the file of a failed download, and the library separately', () => {
    const cfg = classifyWebLLMError("TypeError: Failed to execute 'add' on 'Cache': Request failed", { call: 'load', failedUrl: 'https://h/m/resolve/main/mlc-chat-config.json', failedStatus: 404 });
    expect(cfg.kind).toBe('not-found');
    expect(cfg.message).toContain('mlc-chat-config.json');
    const lib = classifyWebLLMError('TypeError: Failed to fetch', { call: 'load', failedUrl: 'https://h/lib.wasm', failedStatus: 404 });
    expect(lib.kind).toBe('model-library');
    expect(lib.message).toContain('HTTP 404');
    const net = classifyWebLLMError('TypeError: Failed to fetch', { call: 'load' });
    expect(net.kind).toBe('network');
  });
  it('recognises a broken configuration and an invalid library by the stage that failed', () => {
    expect(classifyWebLLMError('SyntaxError: Unexpected token o in JSON', { call: 'load', stage: 'config' }).kind).toBe('bad-config');
    expect(classifyWebLLMError('CompileError: WebAssembly.instantiate(): expected magic word', { call: 'load', stage: 'library' }).kind).toBe('model-library');
  });
  it('keeps the raw text for the details view and falls back to a generic error', () => {
    const e = classifyWebLLMError('something odd', { call: 'judge' });
    expect(e.kind).toBe('unknown');
    expect(e.details.raw).toBe('something odd');
  });
});
