// Finds the system Chromium the tests drive (no browser is ever downloaded).
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const HOW_TO_GET_CHROMIUM = [
  'No Chromium found. The end-to-end tests drive a system Chromium (with WebGPU through --enable-unsafe-webgpu).',
  '  Debian/Ubuntu: sudo apt-get install chromium   (as root the test command installs it itself)',
  '  Fedora:        sudo dnf install chromium',
  '  macOS:         install Google Chrome, then CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"',
  '  Elsewhere:     set CHROMIUM_PATH to a Chromium or Chrome binary (version 113 or newer).',
].join('\n');
