// Serves a built folder with `vite preview` on 127.0.0.1 and a free port (port 0: the OS picks one), so the bench never
// collides with the e2e servers (41731–41734) or with another bench.
import { preview } from 'vite';

export async function serve(outDir) {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error(`vite preview of ${outDir} did not listen on a port`);
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
