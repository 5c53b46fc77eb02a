import { describe, expect, it } from 'vitest';
import type { Deck, DeckPrinciple, Recording } from './deck.ts';
import { missingModels, missingModelsNotice, type ModelsAtHand } from './missingModels.ts';

const rec = (modelId: string, engine: Recording['engine'] = 'openai'): Recording => ({ modelId, engine, recordedAt: 0, deltas: [[0, 'x']], maskedToReal: null, result: { reasoning: 'x', scores: [], ranking: [] } });
const kase = (id: string, principles: DeckPrinciple[]) => ({ id, title: `Case ${id}`, prompt: 'Q', candidates: [{ name: 'A', text: 'a' }, { name: 'B', text: 'b' }], principles, mask: true });
const deck: Deck = {
  id: 'd',
  title: 'D',
  createdAt: 0,
  updatedAt: 0,
  cases: [
    kase('1', [{ label: 'Brief', text: 'Be brief.', recording: rec('Llama-70B') }, { label: 'Thorough', text: 'Be thorough.', recording: rec('rewardanything-8b') }]),
    kase('2', [{ label: 'Kind', text: 'Be kind.' }, { label: 'Safe', text: 'Be safe.', recording: rec('Qwen3-8B-q4f16_1-MLC', 'webllm') }]),
    kase('3', [{ label: 'Right', text: 'Be right.', recording: rec('llama-70b') }, { label: 'Stylish', text: 'Be stylish.' }]),
  ],
};
const have: ModelsAtHand = { browser: ['Qwen3-0.6B-q4f32_1-MLC'], server: 'rewardanything-8b', catalog: ['Qwen3-0.6B-q4f32_1-MLC', 'Qwen3-8B-q4f16_1-MLC'], current: 'rewardanything-8b' };

describe('missingModels', () => {
  it('lists each model the recordings name that is neither in this browser nor the server’s, with where it is used', () => {
    const m = missingModels(deck, have);
    expect(m.map((x) => x.modelId)).toEqual(['Llama-70B', 'Qwen3-8B-q4f16_1-MLC']);
    expect(m[0]!.places).toEqual([
      { caseNumber: 1, caseTitle: 'Case 1', principleNumber: 1, label: 'Brief' },
      { caseNumber: 3, caseTitle: 'Case 3', principleNumber: 1, label: 'Right' },
    ]);
    expect(m.map((x) => x.downloadable)).toEqual([false, true]);
  });

  it('finds nothing missing when every recorded model is at hand, or nothing is recorded', () => {
    expect(missingModels(deck, { ...have, browser: ['qwen3-8b-q4f16_1-mlc'], server: 'Llama-70B' }).map((x) => x.modelId)).toEqual(['rewardanything-8b']);
    expect(missingModels({ ...deck, cases: [kase('x', [{ label: 'A', text: 'a' }, { label: 'B', text: 'b' }])] }, have)).toEqual([]);
    expect(missingModelsNotice([], have)).toBeNull();
  });
});

describe('missingModelsNotice', () => {
  it('says what is missing, that replays still play, what a live run uses, and what can be downloaded', () => {
    const text = missingModelsNotice(missingModels(deck, have), have)!;
    expect(text).toContain('Recorded with Llama-70B (case 1, principle 1; case 3, principle 1) and Qwen3-8B-q4f16_1-MLC (case 2, principle 2), which are not available here.');
    expect(text).toContain('The replays still play without them');
    expect(text).toContain('your current model, rewardanything-8b');
    expect(text).toContain('Qwen3-8B-q4f16_1-MLC can be downloaded on the Models page.');
  });

  it('says a live run needs a model when none is ready', () => {
    const text = missingModelsNotice(missingModels(deck, have).slice(0, 1), { current: null })!;
    expect(text).toContain('which is not available here. The replays still play without it');
    expect(text).toContain('needs a model of yours');
    expect(text).not.toContain('downloaded');
  });
});
