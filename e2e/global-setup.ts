import type { FullConfig } from '@playwright/test';

/** Starts the loopback servers the specs talk to; returns the teardown. */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const closers: Array<() => Promise<void>> = [];
  return async () => {
    for (const close of closers) await close();
  };
}
