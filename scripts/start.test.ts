// `npm start` on a port something else holds: it must say so and stop before building, not die with Vite's stack.

import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

let held: Server | undefined;
afterEach(() => {
  held?.close();
  held = undefined;
});

function occupy(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      held = server;
      const addr = server.address();
      done(typeof addr === 'object' && addr ? addr.port : 0);
    });
  });
}

function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => done({ code, output }));
  });
}

describe('npm start', () => {
  it('on a busy port says which port and how to pick another, and exits non-zero without building', async () => {
    const port = await occupy();
    const { code, output } = await start({ PORT: String(port) });
    expect(output).toMatch(new RegExp(`port ${port} is in use: set PORT=… \\(PORT=\\d+ npm start\\)`));
    const suggested = Number(/\(PORT=(\d+) npm start\)/.exec(output)?.[1]);
    expect(suggested).not.toBe(port);
    expect(code).not.toBe(0);
    expect(output).not.toMatch(/building|RewardAnything Playground: http/i);
  }, 180_000);

  it('rejects a PORT that is not a port number before building', async () => {
    const { code, output } = await start({ PORT: 'abc' });
    expect(output).toMatch(/PORT=abc is not a port number/);
    expect(code).not.toBe(0);
    expect(output).not.toMatch(/building/i);
  }, 180_000);
});
