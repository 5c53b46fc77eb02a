// The thin WebLLM client. Loaded on demand (dynamic import) so the first screen never waits for it.
import { WebWorkerMLCEngine, type AppConfig, type InitProgressReport, type ModelRecord } from '@mlc-ai/web-llm';
import type { WebLLMModelRecord } from './catalog.ts';

export type { WebWorkerMLCEngine };

export function createClient(worker: Worker, records: WebLLMModelRecord[], onProgress: (r: InitProgressReport) => void): WebWorkerMLCEngine {
  const appConfig: AppConfig = { model_list: records as unknown as ModelRecord[], cacheBackend: 'cache' };
  return new WebWorkerMLCEngine(worker, { appConfig, initProgressCallback: onProgress });
}

export function setRecords(client: WebWorkerMLCEngine, records: WebLLMModelRecord[]): void {
  client.setAppConfig({ model_list: records as unknown as ModelRecord[], cacheBackend: 'cache' });
}
