// Can a thinking budget live inside the answer grammar cheaply? (issue 14, item 2). One grammar shape per child
// process (a mask can take minutes), against the real xgrammar 0.1.27 and Qwen3's vocabulary: compile time, and the
// per-token cost of mask + accept over a reasoning of about B characters. Run:
//   node scripts/bench/budgetGrammar.mjs [B…]           (default 500 2000 8000)
// Each shape gets TIMEOUT_S seconds (default 120) in all; a shape that does not finish is reported as such.
import { createServer } from 'vite';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };

/** The reasoning rules of each candidate shape for a budget of `b` characters (no "<" handling unless said). */
const SHAPES = {
  // The grammar's own budgeted form (answerGrammar thinkingBudget): bounded repetition of think units.
  units: (b) => [`reasoning ::= think-unit{0,${b}} think-lt{0,8}`, 'think-unit ::= [^<] | think-lt{0,16} think-close',
    'think-lt ::= "<" | "</" | "</t" | "</th" | "</thi" | "</thin" | "</think"',
    'think-close ::= "<" [^</] | "</" [^<t] | "</t" [^<h] | "</th" [^<i] | "</thi" [^<n] | "</thin" [^<k] | "</think" [^<>]'],
  // The cheapest possible counted form: a bounded repetition of one character class.
  repeat: (b) => [`reasoning ::= [^<]{0,${b}}`],
  // Nested chunks: up to b/64 chunks of exactly 64 characters (8 × 8 classes, no repetition operator), then a tail.
  chunks: (b) => {
    const k = Math.floor(b / 64);
    const c8 = 'c8 ::= ' + Array(8).fill('[^<]').join(' ');
    const c64 = 'c64 ::= ' + Array(8).fill('c8').join(' ');
    const chain = [];
    for (let i = 0; i < k; i++) chain.push(`r${i} ::= c64 r${i + 1} | tail`);
    chain.push(`r${k} ::= tail`);
    const tail = 'tail ::= ' + Array.from({ length: 8 }, (_, i) => `${'c8 '.repeat(i)}t8`.trim()).join(' | ');
    const t8 = 't8 ::= ' + Array.from({ length: 8 }, (_, i) => (i === 0 ? '""' : Array(i).fill('[^<]').join(' '))).join(' | ');
    return ['reasoning ::= r0', ...chain, c8, c64, tail, t8];
  },
  // A depth-counted chain: one rule per character position.
  chain: (b) => {
    const rules = ['reasoning ::= d0'];
    for (let i = 0; i < b; i++) rules.push(`d${i} ::= ([^<] d${i + 1})?`);
    rules.push(`d${b} ::= ""`);
    return rules;
  },
};

async function child(shape, b) {
  const server = await createServer({ root, configFile: false, logLevel: 'silent', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true, include: [] } });
  const kitModule = await server.ssrLoadModule('/src/core/protocol/qwen3Grammar.testkit.ts');
  const kit = await kitModule.qwen3Kit();
  const ebnf = ['root ::= "<think>" reasoning "</think>" answer', ...SHAPES[shape](b), 'answer ::= "{}"'].join('\n') + '\n';
  const t0 = performance.now();
  const compiled = await kit.compile(ebnf);
  const compileMs = performance.now() - t0;
  process.send({ compileMs });
  // A reasoning of about b characters without "<", as Qwen3 writes prose.
  const words = 'the first answer is concise and correct while the second one rambles about tangents and misses the point'.split(' ');
  let text = '';
  for (let i = 0; text.length < b - 12; i++) text += (i ? ' ' : '') + words[i % words.length];
  const ids = [kitModule.THINK_OPEN_ID, ...kit.encode(text.slice(0, b - 1))];
  const m = await kit.matcher(compiled);
  const times = [];
  for (const id of ids) {
    const s = performance.now();
    await m.getNextTokenBitmask();
    const ok = m.acceptToken(id);
    times.push(performance.now() - s);
    if (!ok) { process.send({ rejectedAt: times.length - 1 }); break; }
    if (times.length % 25 === 0) process.send({ partial: { tokens: times.length, medianMs: median(times) } });
  }
  process.send({ done: { tokens: times.length, of: ids.length, medianMs: median(times), maxMs: Math.max(...times) } });
  await server.close();
  process.exit(0);
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], Number(process.argv[4]));
} else {
  const budgets = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const timeoutS = Number(process.env.TIMEOUT_S ?? 120);
  for (const b of budgets.length ? budgets : [500, 2000, 8000]) {
    for (const shape of Object.keys(SHAPES)) {
      const result = await new Promise((resolve) => {
        const p = fork(fileURLToPath(import.meta.url), ['--child', shape, String(b)]);
        const r = { shape, b };
        const timer = setTimeout(() => { r.timedOut = true; p.kill('SIGKILL'); }, timeoutS * 1000);
        p.on('message', (msg) => Object.assign(r, msg));
        p.on('exit', () => { clearTimeout(timer); resolve(r); });
      });
      const per = result.done ?? result.partial;
      console.log(`B=${b} ${shape.padEnd(6)} compile ${result.compileMs === undefined ? '—' : result.compileMs.toFixed(0) + ' ms'}; mask+accept ${per ? `median ${per.medianMs.toFixed(3)} ms over ${per.tokens} tokens` : '—'}${result.done ? '' : ''}${result.rejectedAt !== undefined ? ` (refused token ${result.rejectedAt})` : ''}${result.timedOut ? ` (stopped at ${timeoutS} s)` : ''}`);
    }
  }
}
