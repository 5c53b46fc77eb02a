// The named hooks the screens read the store with: one file per namespace of the store.
export * from './app.ts';
export * from './settings.ts';
export * from './models.ts';
export * from './workspace.ts';
export * from './playground.ts';
export * from './library.ts';
export * from './compare.ts';
export * from './bench.ts';
