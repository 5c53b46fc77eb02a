// Public entry of the core: plain TypeScript, no React, DOM or WebLLM. Everything above it imports from here.
export * from './protocol/index.ts';
export * from './metrics/index.ts';
export * from './bench/index.ts';
export * from './presets/index.ts';
export * from './util/index.ts';
export * from './share/index.ts';
export * from './report/index.ts';
export * from './library/index.ts';
export * from './probes/index.ts';
export * from './training/index.ts';
export * from './workspace/index.ts';
export * from './records/index.ts';
export * from './settings/index.ts';
export * from './agreement/index.ts';
export * from './suites/index.ts';
export * from './decks/index.ts';
