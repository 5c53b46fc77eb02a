// The named hooks the screens read the store with: one file per namespace of the store.
export * from './appHooks.ts';
export * from './settingsHooks.ts';
export * from './modelsHooks.ts';
export * from './workspaceHooks.ts';
export * from './playgroundHooks.ts';
export * from './libraryHooks.ts';
export * from './suitesHooks.ts';
export * from './compareHooks.ts';
export * from './benchHooks.ts';
export * from './decksHooks.ts';
