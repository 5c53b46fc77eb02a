// `npm test`: every check the project has, from a fresh machine: dependencies, Chromium, types, lint,
// unit tests, the production build and its bundle budget, the e2e build, and the Playwright specs.
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { ensureDeps, must, run } from './run.mjs';
import { findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs';

ensureDeps();

if (!findChromium()) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian Chromium for the end-to-end tests…');
    must('apt-get', ['update', '-qq']);
    must('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!findChromium()) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
}

mkdirSync('reports', { recursive: true });
must('npm', ['run', 'typecheck']);
must('npm', ['run', 'lint']);
const unit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=reports/unit.json']);
must('npm', ['run', 'build']);
must('npm', ['run', 'build:e2e']);
const e2e = run('npx', ['playwright', 'test']);

const counts = { passed: 0, failed: 0, skipped: 0 };
try {
  const u = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
  counts.passed += u.numPassedTests;
  counts.failed += u.numFailedTests;
  counts.skipped += u.numPendingTests + (u.numTodoTests ?? 0);
} catch {
  counts.failed += unit === 0 ? 0 : 1;
}
try {
  const e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
  counts.passed += e.stats.expected + e.stats.flaky;
  counts.failed += e.stats.unexpected;
  counts.skipped += e.stats.skipped;
} catch {
  counts.failed += e2e === 0 ? 0 : 1;
}
console.log(`\nunit: ${unit === 0 ? 'ok' : 'FAILED'} · e2e: ${e2e === 0 ? 'ok' : 'FAILED'}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(unit !== 0 || e2e !== 0 ? 1 : 0);
