// Test-only helpers for the OpenAI engine's unit tests (never imported by app code).
import type { StartFixtureServer } from '../../../e2e/fixture-server/types.ts';
import type { ScriptMessage } from '../../../e2e/fixtures/scripted-judge.ts';

/**
 * Loads the fixture server at run time. It is built on node:http, which the app's type-check (no Node types) cannot
 * see, so it is imported through a computed specifier that keeps it out of that program; its shape comes from the
 * Node-free types.ts, which the server itself is checked against.
 */
export async function loadFixtureServer(): Promise<StartFixtureServer> {
  const specifier = new URL('../../../e2e/fixture-server/server.ts', import.meta.url).href;
  // Narrow boundary: a dynamic import of a computed path is untyped; the module's type is asserted from types.ts.
  const mod = (await import(/* @vite-ignore */ specifier)) as { startFixtureServer: StartFixtureServer };
  return mod.startFixtureServer;
}

/** The two judging messages for a principle and candidates (the user JSON needs no Python parity here). */
export function judgeMessages(principle: string, responses: Record<string, string>, prompt = 'Explain recursion.'): Array<ScriptMessage & { role: 'system' | 'user' }> {
  return [
    { role: 'system', content: '\nYou are an evaluator judging model responses.' },
    { role: 'user', content: JSON.stringify({ principle, prompt, responses }) },
  ];
}

export const CANDIDATES: Record<string, string> = {
  'model-1': 'Recursion is when a function calls itself on a smaller input until it reaches a base case that stops it.',
  'model-2': 'A function calling itself.',
  'model-3': 'Recursion solves a problem by reducing it to smaller copies of itself.',
};
