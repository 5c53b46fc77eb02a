import { defineConfig } from '@playwright/test';
// @ts-expect-error — plain ESM helper shared with the npm scripts, no type declarations.
import { findChromium, HOW_TO_GET_CHROMIUM } from './scripts/chromium.mjs';
import { PORTS, url } from './e2e/ports.ts';

const executablePath = (findChromium as () => string | null)();
if (!executablePath) throw new Error(HOW_TO_GET_CHROMIUM as string);

/** Flags from TESTING.md: WebGPU through SwiftShader, and no background traffic on this closed network. */
export const CHROMIUM_ARGS = [
  '--enable-unsafe-webgpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // One retry on CI only: the CI machine has 2 shared cores and SwiftShader; a retried test is still reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  globalSetup: './e2e/global-setup.ts',
  use: {
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    // The production build with the real WebLLM worker.
    { name: 'prod', testDir: './e2e/prod', use: { baseURL: url(PORTS.prod) } },
    // The e2e build: the same app, whose worker runs WebLLM's real handler around a scripted engine.
    { name: 'scripted', testDir: './e2e/scripted', use: { baseURL: url(PORTS.scripted) } },
  ],
  webServer: [
    {
      command: `npx vite preview --outDir dist --host 127.0.0.1 --port ${PORTS.prod} --strictPort`,
      url: url(PORTS.prod),
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx vite preview --outDir dist-e2e --host 127.0.0.1 --port ${PORTS.scripted} --strictPort`,
      url: url(PORTS.scripted),
      reuseExistingServer: !process.env.CI,
    },
  ],
});
