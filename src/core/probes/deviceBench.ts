import type { JudgeStats } from '../records/sampling.ts';

/** The fixed judgment of the device benchmark: same principle, prompt and 4 candidates everywhere, so figures compare. */
export const DEVICE_BENCH_CASE = {
  principle:
    'First, prefer responses that are factually correct. Then prefer responses that directly answer the question in the first sentence. Finally, prefer concise responses over long ones.',
  prompt: 'Why is the sky blue during the day?',
  responses: [
    { name: 'A', text: 'Because sunlight scatters off air molecules, and shorter (blue) wavelengths scatter much more than longer ones (Rayleigh scattering), so blue light reaches your eyes from every direction of the sky.' },
    { name: 'B', text: 'The sky reflects the color of the oceans, which cover most of the Earth.' },
    { name: 'C', text: 'Great question! There are many fascinating things about the atmosphere. The atmosphere has layers, such as the troposphere and stratosphere. Light from the Sun contains all colors. When it enters the atmosphere, blue light is scattered more than red light because of its shorter wavelength, which is why we see a blue sky.' },
    { name: 'D', text: 'Rayleigh scattering: air molecules scatter short wavelengths more strongly, so scattered blue light fills the sky.' },
  ],
} as const;

export const DEVICE_BENCH_RUNS = 3;


export function median(values: Array<number | null>): number | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2;
}

export function summarizeDeviceBench(runs: JudgeStats[]): JudgeStats {
  return {
    timeToFirstTokenMs: median(runs.map((r) => r.timeToFirstTokenMs)),
    prefillTokensPerSec: median(runs.map((r) => r.prefillTokensPerSec)),
    decodeTokensPerSec: median(runs.map((r) => r.decodeTokensPerSec)),
    endToEndMs: median(runs.map((r) => r.endToEndMs)) ?? 0,
    promptTokens: median(runs.map((r) => r.promptTokens)),
    completionTokens: median(runs.map((r) => r.completionTokens)),
  };
}

/** Where a device benchmark's speeds are kept: one entry per engine and model. */
export const deviceSpeedKey = (kind: 'webllm' | 'openai', modelId: string) => `${kind}:${modelId}`;
