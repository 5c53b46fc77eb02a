// `npm start`: installs dependencies if needed, builds the app and serves it on 127.0.0.1.
// The port is checked first, so a busy one is reported in a sentence before minutes are spent building.
import { ensureDeps, must } from './run.mjs';
import { nextFreePort, parsePort, portFree } from './port.mjs';

const HOST = '127.0.0.1';
const text = process.env.PORT ?? '5173';
const port = parsePort(text);
if (port === undefined) {
  console.error(`PORT=${text} is not a port number: set PORT to a number from 1 to 65535 (PORT=5174 npm start)`);
  process.exit(2);
}
if (!(await portFree(port, HOST))) {
  const free = (await nextFreePort(port, HOST)) ?? port + 1;
  console.error(`port ${port} is in use: set PORT=… (PORT=${free} npm start)`);
  process.exit(2);
}

ensureDeps();
must('npx', ['vite', 'build']);
console.log(`\nRewardAnything Playground: http://${HOST}:${port}/  (Ctrl+C to stop)\n`);
must('npx', ['vite', 'preview', '--host', HOST, '--port', String(port), '--strictPort']);
