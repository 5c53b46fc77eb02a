import type { FullConfig } from '@playwright/test';
import { startFixtureServer } from './fixture-server/server.ts';
import { startModelServer } from './model-server/server.ts';
import { PORTS } from './ports.ts';

/** Starts the loopback servers the specs talk to; returns the teardown. */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const openai = await startFixtureServer({ port: PORTS.openai, cutHoldMs: 60_000 });
  const models = await startModelServer({ port: PORTS.models });
  return async () => {
    await openai.close();
    await models.close();
  };
}
