// `npm start`: installs dependencies if needed, builds the app and serves it on 127.0.0.1.
import { ensureDeps, must } from './run.mjs';

ensureDeps();
must('npx', ['vite', 'build']);
const port = process.env.PORT ?? '5173';
console.log(`\nRewardAnything Playground: http://127.0.0.1:${port}/  (Ctrl+C to stop)\n`);
must('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort']);
