import type { WebWorkerMLCEngineHandler } from '@mlc-ai/web-llm';

/** The production backend: the handler keeps its own real MLCEngine. */
export function installBackend(_handler: WebWorkerMLCEngineHandler): void {}
