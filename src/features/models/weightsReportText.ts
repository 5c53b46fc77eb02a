import type { FileReport, WeightsReport } from '../../engine/webllm/checkWeights.ts';

/** At most this many missing shards are named one by one; the rest are counted. */
const SHARDS_NAMED = 10;

/** What a good folder holds, in one sentence. */
export function foundText(r: WeightsReport): string {
  const cfg = r.config ? ` (${[r.config.modelType, r.config.quantization].filter(Boolean).join(', ')})` : '';
  const names = r.files.filter((f) => !f.file.startsWith('params_shard') && f.file !== 'mlc-chat-config.json').map((f) => f.file);
  return `Found mlc-chat-config.json${cfg}, ${names.join(', ')} and all ${r.shards} weight shard${r.shards === 1 ? '' : 's'}.`;
}

/** One line per problem: each file that failed (by name and why), then what the config or manifest got wrong. */
export function problemLines(r: WeightsReport, origin: string): string[] {
  const failed = r.files.filter((f) => f.result.state !== 'ok');
  const shards = failed.filter(isShard);
  const lines = failed.filter((f) => !isShard(f)).map((f) => fileLine(f, origin));
  lines.push(...shards.slice(0, SHARDS_NAMED).map((f) => fileLine(f, origin)));
  if (shards.length > SHARDS_NAMED) lines.push(`…and ${shards.length - SHARDS_NAMED} more of the ${r.shards} weight shards.`);
  return [...lines, ...r.problems];
}

const isShard = (f: FileReport) => /^params_shard_/.test(f.file);

function fileLine(f: FileReport, origin: string): string {
  const r = f.result;
  switch (r.state) {
    case 'missing':
      return `${f.file}: not found (HTTP ${r.status}) at ${f.url}`;
    case 'http-error':
      return `${f.file}: the host answered HTTP ${r.status} for ${f.url}`;
    case 'invalid':
      return `${f.file}: ${r.reason} (${f.url})`;
    case 'cors':
      return (
        `${f.file}: blocked by CORS. ${new URL(f.url).host} answers, but without an Access-Control-Allow-Origin header that lets ${origin} read it: ` +
        'host the folder where CORS is allowed (Hugging Face is), or allow this origin on your server.'
      );
    case 'unreachable':
      return `${f.file}: ${new URL(f.url).host} could not be reached (check the URL and your connection).`;
    case 'ok':
      return f.file;
  }
}
