/**
 * Constrained decoding for the scripted engine (e2e build only): what a model sampling under WebLLM's grammar mask
 * writes when its script is what it "wants" to write. The grammar is the one the app sent (`response_format`), run by
 * the real grammar engine WebLLM bundles (`@mlc-ai/web-xgrammar`), over a vocabulary of single characters (the script
 * has no model vocabulary; the mask logic is the same).
 *
 * At each step the script's next character is taken when the grammar accepts it; when it refuses it, the "model" takes
 * the likeliest allowed token instead: inside the reasoning (the budget ran out) it closes the reasoning and goes on
 * with the answer its script has after `</think>`; in the answer a quote for a quote (`'` → `"`), the nearest score
 * for a score out of range, else it skips the refused character. When the script ends before the grammar may stop,
 * allowed tokens are taken in a fixed order of preference until it may.
 */

interface XgMatcher {
  acceptToken(id: number): boolean;
  getNextTokenBitmask(): Promise<Int32Array>;
  isTerminated(): boolean;
  dispose(): void;
}
interface XGrammar {
  TokenizerInfo: { createTokenizerInfo(vocab: string[], vocabType: string, prependSpace: boolean, vocabSize: number, stopTokenIds: number[]): Promise<{ dispose(): void }> };
  GrammarCompiler: {
    createGrammarCompiler(info: unknown, cacheEnabled?: boolean): Promise<{ compileGrammar(ebnf: string): Promise<{ dispose(): void }>; dispose(): void }>;
  };
  GrammarMatcher: { createGrammarMatcher(compiled: unknown): Promise<XgMatcher> };
}

let loading: Promise<XGrammar> | null = null;

/** xgrammar's lib is a UMD file: imported as a module it installs itself on `globalThis.xgrammar`. */
function xgrammar(): Promise<XGrammar> {
  loading ??= import('@mlc-ai/web-xgrammar').then((mod: unknown) => {
    const fromModule = mod as Partial<XGrammar> & { default?: Partial<XGrammar> };
    const found = fromModule.GrammarMatcher ? fromModule : fromModule.default?.GrammarMatcher ? fromModule.default : (globalThis as { xgrammar?: Partial<XGrammar> }).xgrammar;
    if (!found?.GrammarMatcher) throw new Error('scripted engine: @mlc-ai/web-xgrammar did not load');
    return found as XGrammar;
  });
  return loading;
}

const STOP = '\u0000<|im_end|>';
const PREFERRED = ['"', '{', '}', '[', ']', ',', ':', 's', 't', '3', '<', '/', 'h', 'i', 'n', 'k', '>', '`', 'j', 'o'];

/**
 * The grammar's compile error, as WebLLM surfaces it, when `ebnf` does not compile; else the output steered by it.
 * @throws Error with xgrammar's message when the grammar does not compile.
 */
export async function steerByGrammar(script: string, ebnf: string, load: () => Promise<unknown> = xgrammar): Promise<string> {
  const xg = (await load()) as XGrammar;
  const chars = new Set<string>();
  for (let c = 32; c < 127; c++) chars.add(String.fromCharCode(c));
  for (const ch of '\n\t\r') chars.add(ch);
  for (const ch of script) chars.add(ch);
  for (const ch of ebnf) chars.add(ch);
  const vocab = [...chars, STOP];
  const id = new Map(vocab.map((t, i) => [t, i]));
  const stopId = vocab.length - 1;
  const info = await xg.TokenizerInfo.createTokenizerInfo(vocab, 'raw', false, vocab.length, [stopId]);
  const compiler = await xg.GrammarCompiler.createGrammarCompiler(info, false);
  const compiled = await compiler.compileGrammar(ebnf);
  const matcher = await xg.GrammarMatcher.createGrammarMatcher(compiled);
  try {
    return await steer(matcher, [...script], id, vocab, stopId);
  } finally {
    matcher.dispose();
    compiled.dispose();
    compiler.dispose();
    info.dispose();
  }
}

async function steer(matcher: XgMatcher, script: string[], id: Map<string, number>, vocab: string[], stopId: number): Promise<string> {
  const out: string[] = [];
  const take = (ch: string): boolean => {
    if (!matcher.acceptToken(id.get(ch)!)) return false;
    out.push(ch);
    return true;
  };
  const inReasoning = () => {
    const text = out.join('');
    const open = text.indexOf('<think>');
    return open !== -1 && text.indexOf('</think>', open) === -1;
  };
  const scriptText = script.join('');
  let i = 0;
  while (i < script.length) {
    const ch = script[i]!;
    if (take(ch)) {
      i++;
      continue;
    }
    if (inReasoning()) {
      // The budget is spent: the reasoning closes, and the answer the script gives after its own `</think>` follows.
      const close = scriptText.indexOf('</think>', script.slice(0, i).join('').length);
      if (close === -1) break;
      i = [...scriptText.slice(0, close)].length;
      // Any partial "</think" already written is finished by the script's own tag or by the preference order below.
      while (i < script.length && !take(script[i]!)) i++;
      if (i < script.length) i++;
      continue;
    }
    if (ch === "'" && take('"')) {
      i++;
      continue;
    }
    if (/[0-9]/.test(ch)) {
      const nearest = Math.min(5, Math.max(1, Number(ch)));
      if (take(String(nearest))) {
        i++;
        continue;
      }
    }
    i++;
  }
  // The script ended before the grammar may stop: the likeliest allowed tokens in a fixed order, then any allowed one.
  for (let step = 0; step < 10_000 && !matcher.isTerminated(); step++) {
    const mask = await matcher.getNextTokenBitmask();
    const allowed = (t: number) => ((mask[t >> 5]! >>> (t & 31)) & 1) === 1;
    if (allowed(stopId)) {
      matcher.acceptToken(stopId);
      break;
    }
    const pick = PREFERRED.find((c) => allowed(id.get(c)!)) ?? vocab.find((c, t) => t !== stopId && !/\s/.test(c) && allowed(t)) ?? vocab.find((_, t) => t !== stopId && allowed(t));
    if (pick === undefined || !take(pick)) break;
  }
  return out.join('');
}
