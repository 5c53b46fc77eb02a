import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath, URL } from 'node:url';
import { securityHeaders } from './scripts/security-headers.mjs';

// The worker picks its WebLLM backend from one alias. Only the e2e build mode swaps in the
// scripted engine (e2e/scripted-engine); production builds can never contain it.
const backend = (mode: string) =>
  mode === 'e2e'
    ? fileURLToPath(new URL('./e2e/scripted-engine/backend.scripted.ts', import.meta.url))
    : fileURLToPath(new URL('./src/engine/webllm/backend.real.ts', import.meta.url));

// The dev server injects inline scripts and styles (HMR); the policy in index.html is for builds.
const stripCspInDev = (): Plugin => ({
  name: 'strip-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
});

export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    stripCspInDev(),
    // Offline app shell: once visited, the app (and a cached model) works with no network at all.
    // Only the app's own files are precached; model files live in WebLLM's own caches.
    VitePWA({
      injectRegister: null,
      registerType: 'autoUpdate',
      manifest: {
        name: 'RewardAnything Playground',
        short_name: 'RewardAnything',
        description: 'Run a principle-following reward model in your browser.',
        theme_color: '#4338ca',
        background_color: '#f8fafc',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        runtimeCaching: [],
      },
    }),
  ],
  resolve: { alias: { '@app/engine-backend': backend(mode) } },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // The e2e build only: the bench harness page (bench/harness.html, used by `npm run bench`) as a second page.
      // The production build has the app alone.
      ...(mode === 'e2e'
        ? {
            input: {
              index: fileURLToPath(new URL('./index.html', import.meta.url)),
              harness: fileURLToPath(new URL('./bench/harness.html', import.meta.url)),
            },
          }
        : {}),
      // WebLLM's bundle calls these at its top level; marking them pure lets the main chunk
      // import the thin worker client without dragging the TVM runtime along (see docs/performance.md).
      treeshake: { manualPureFunctions: ['requireLib', 'requireLib$1', 'requireLib$2'] },
    },
  },
  // Real headers for the served build (a static host must send the same: docs/security.md).
  preview: { host: '127.0.0.1', strictPort: false, headers: securityHeaders() },
  server: { host: '127.0.0.1' },
}));
