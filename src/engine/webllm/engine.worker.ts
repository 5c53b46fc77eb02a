/// <reference lib="webworker" />
import { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';
// Resolved at build time: the real backend, or the scripted one in the e2e build mode only (vite.config.ts).
import { installBackend } from '@app/engine-backend';
import { handleCacheRequest } from './cacheOps.ts';
import { isCacheRequest } from './workerProtocol.ts';

const handler = new WebWorkerMLCEngineHandler();
installBackend(handler);

self.onmessage = (event: MessageEvent) => {
  if (isCacheRequest(event.data)) {
    const port = event.ports[0];
    void handleCacheRequest(event.data).then((res) => port?.postMessage(res));
    return;
  }
  handler.onmessage(event);
};
