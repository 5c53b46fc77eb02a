// Port checks for `npm start`: is a port free on a host, and which free port is nearest above it.
import { createServer } from 'node:net';

/** Resolves true when `port` can be listened on at `host` (and releases it at once). */
export function portFree(port, host) {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => done(true)));
  });
}

/** The first free port after `port`, trying a few; undefined when none of them is free. */
export async function nextFreePort(port, host, tries = 20) {
  for (let p = port + 1; p <= Math.min(65535, port + tries); p++) {
    if (await portFree(p, host)) return p;
  }
  return undefined;
}

/** A PORT value as a number, or undefined when it is not a port number (1–65535). */
export function parsePort(text) {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? n : undefined;
}
