import { describe, expect, it } from 'vitest';
import { checkModelId, checkModelLibUrl, checkWeightsUrl } from './urls.ts';

describe('model URL checks (before anything is fetched)', () => {
  it('accepts a Hugging Face repo, any https folder and localhost', () => {
    expect(checkWeightsUrl('https://huggingface.co/me/RA-MLC/')).toEqual({ ok: true, url: 'https://huggingface.co/me/RA-MLC' });
    expect(checkWeightsUrl('http://localhost:8000/models/ra')).toMatchObject({ ok: true });
  });
  it('refuses with a reason', () => {
    expect(checkWeightsUrl('')).toMatchObject({ ok: false, reason: 'The URL is empty.' });
    expect(checkWeightsUrl('http://example.com/m')).toMatchObject({ ok: false, reason: expect.stringContaining('only allowed for localhost') });
    expect(checkWeightsUrl('https://huggingface.co/me/RA/blob/main/x')).toMatchObject({ ok: false, reason: expect.stringContaining('/blob/') });
    expect(checkWeightsUrl('https://h/m/mlc-chat-config.json')).toMatchObject({ ok: false, reason: expect.stringContaining('folder') });
    expect(checkModelLibUrl('https://h/lib.js')).toMatchObject({ ok: false, reason: expect.stringContaining('.wasm') });
    expect(checkModelLibUrl('https://github.com/o/r/blob/main/l.wasm')).toMatchObject({ ok: false, reason: expect.stringContaining('raw') });
    expect(checkModelId('a b', [])).toMatchObject({ ok: false });
    expect(checkModelId('taken', ['taken'])).toMatchObject({ ok: false, reason: expect.stringContaining('already') });
  });
});
