import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The policy shipped in index.html (the build copies it unchanged). Its protection is script-src; connect-src must
// admit model hosts whose CDN names keep changing (never pin them) and the user's own local servers.
const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
const directives = new Map(
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((p) => p[0])
    .map((p) => [p[0]!, p.slice(1)]),
);

/** CSP source matching for the source expressions this policy uses ('self', scheme-source, host:port with *). */
function allows(directive: string, target: string, self = 'http://127.0.0.1:4173'): boolean {
  const sources = directives.get(directive) ?? directives.get('default-src') ?? [];
  const u = new URL(target);
  return sources.some((s) => {
    if (s === "'self'") return u.origin === new URL(self).origin;
    if (/^[a-z]+:$/.test(s)) return u.protocol === s;
    const m = /^(https?):\/\/([^:/]+)(?::(\*|\d+))?$/.exec(s);
    if (!m) return false;
    const [, scheme, host, port] = m;
    const defaultPort = u.protocol === 'https:' ? '443' : '80';
    return u.protocol === `${scheme}:` && u.hostname === host && (port === '*' || (port ?? defaultPort) === (u.port || defaultPort));
  });
}

describe('Content-Security-Policy in index.html', () => {
  it('admits Hugging Face CDN redirects, GitHub raw model libraries and local servers', () => {
    for (const url of [
      'https://huggingface.co/mlc-ai/Qwen3-8B-q4f32_1-MLC/resolve/main/mlc-chat-config.json',
      'https://cas-bridge.xethub.hf.co/xet-bridge-us/abc',
      'https://us.aws.cdn.hf.co/repos/ab/cd/file',
      'https://cdn-lfs-us-1.huggingface.co/repos/x',
      'https://raw.githubusercontent.com/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/Qwen3-8B-q4f32_1_cs1k-webgpu.wasm',
      'http://localhost:8000/v1/chat/completions',
      'http://127.0.0.1:11434/v1/models',
    ]) {
      expect(allows('connect-src', url), url).toBe(true);
    }
  });
  it('refuses plain http to other hosts', () => {
    expect(allows('connect-src', 'http://example.com/v1')).toBe(false);
  });
  it('allows scripts only from the app itself (no inline, no remote) plus WebAssembly compilation', () => {
    const script = directives.get('script-src') ?? [];
    expect(script).toContain("'self'");
    expect(script).toContain("'wasm-unsafe-eval'");
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(script.some((s) => s.startsWith('http') || s === 'https:')).toBe(false);
    expect(allows('script-src', 'https://cdn.example.com/x.js')).toBe(false);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
  it('has no inline script in the page itself', () => {
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => m[1]?.trim());
    expect(inline).toEqual([]);
  });
});
