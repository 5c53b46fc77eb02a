import type { LoadProgress } from '../types.ts';
import type { LoadStage } from './classify.ts';

const MiB = 1024 * 1024;

/** Reads WebLLM's init progress reports (free text) into phases with bytes, when the text has them. */
export function parseInitProgress(report: { progress: number; text: string }, expectedBytes?: number): LoadProgress {
  const t = report.text;
  const fetch = /Fetching param cache\[(\d+)\/(\d+)\]:\s*(\d+)MB fetched\.\s*(\d+)% completed/.exec(t);
  if (fetch) {
    const done = Number(fetch[3]) * MiB;
    const pct = Number(fetch[4]);
    const total = expectedBytes ?? (pct > 0 ? (done * 100) / pct : undefined);
    return { phase: 'fetch', fraction: report.progress, bytesDone: done, bytesTotal: total, text: t };
  }
  if (/Loading model from cache/.test(t)) return { phase: 'gpu', fraction: report.progress, text: t };
  if (/Loading GPU shader modules/.test(t)) return { phase: 'shaders', fraction: report.progress, text: t };
  if (/Finish loading/.test(t)) return { phase: 'ready', fraction: 1, text: t };
  if (/Start to fetch params/.test(t)) return { phase: 'fetch', fraction: 0, bytesDone: 0, bytesTotal: expectedBytes, text: t };
  return { phase: 'config', fraction: null, text: t };
}

export function stageOf(p: LoadProgress | null): LoadStage {
  if (!p) return 'config';
  switch (p.phase) {
    case 'fetch':
      return 'weights';
    case 'gpu':
      return 'gpu';
    case 'shaders':
      return 'shaders';
    default:
      return 'unknown';
  }
}
