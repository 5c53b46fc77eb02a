import { useMemo } from 'react';
import { buildJudgeMessages, estimateMessagesTokens, validateJudgeInput } from '../../core/index.ts';
import { useContextWindow, useEngineKind, useLoadedContextWindow, useMaxTokens, useWorkspace } from '../../state/index.ts';
import { useServerContext, type ServerContext } from './useServerContext.ts';
import { routeHref } from '../../components/routes.ts';

export interface FitInfo {
  promptTokens: number;
  window: number;
  maxTokens: number;
  /** Room left for the reasoning and the answer. */
  room: number;
  level: 'ok' | 'tight' | 'over';
  /** Set when a server is the engine: the window is its context length, and where that length comes from. */
  server: ServerContext | null;
}

/** Reasoning plus the JSON answer usually take 600–2,000 tokens; under 1,024 left is a warning. */
const MIN_ROOM = 1024;

export function useFit(): FitInfo | null {
  const workspace = useWorkspace();
  const engineKind = useEngineKind();
  const loadedWindow = useLoadedContextWindow();
  const settingsWindow = useContextWindow();
  const maxTokens = useMaxTokens();
  const server = useServerContext();
  return useMemo(() => {
    const input = { principle: workspace.principle || ' ', prompt: workspace.prompt, responses: workspace.candidates.map((c) => ({ name: c.name || '?', text: c.text })) };
    if (input.responses.length === 0 || !validateJudgeInput({ ...input, responses: input.responses.map((r, i) => ({ ...r, name: `${i}` })) }).ok) return null;
    const { messages } = buildJudgeMessages({ ...input, responses: input.responses.map((r, i) => ({ ...r, name: `n${i}` })) }, { mask: workspace.mask });
    const promptTokens = estimateMessagesTokens(messages);
    const window = server ? server.tokens : engineKind === 'webllm' ? (loadedWindow ?? settingsWindow) : settingsWindow;
    const room = window - promptTokens;
    return { promptTokens, window, maxTokens, room, level: room < 0 ? 'over' : room < MIN_ROOM ? 'tight' : 'ok', server };
  }, [workspace, engineKind, loadedWindow, settingsWindow, maxTokens, server]);
}

export function FitMeter({ fit }: { fit: FitInfo | null }) {
  if (!fit) return null;
  const pct = Math.min(100, (fit.promptTokens / fit.window) * 100);
  const color = fit.level === 'over' ? 'bg-bad' : fit.level === 'tight' ? 'bg-warn' : 'bg-ok';
  return (
    <div className="min-w-56 text-xs" data-testid="fit" data-level={fit.level}>
      <div className="flex justify-between text-muted">
        <span>
          Input ≈ {fit.promptTokens.toLocaleString('en-US')} / {fit.window.toLocaleString('en-US')} tokens
        </span>
      </div>
      <div className="mt-1 h-1.5 w-full rounded bg-sunken" aria-hidden="true">
        <div className={`h-1.5 rounded ${color}`} style={{ width: `${pct}%` }} />
      </div>
      {fit.level !== 'ok' && (
        <p role="status" className={fit.level === 'over' ? 'mt-1 text-bad' : 'mt-1 text-warn'}>
          {fit.server ? <ServerFitWords fit={fit} server={fit.server} /> : fit.level === 'over'
            ? `Will not fit: about ${(-fit.room).toLocaleString('en-US')} tokens over the context window. Load with a larger window or shorten the candidates.`
            : `Tight: only about ${fit.room.toLocaleString('en-US')} tokens left for the reasoning and the answer.`}
        </p>
      )}
    </div>
  );
}

/** The warning in a server's terms: its context length (and where it comes from) and how to raise it. */
function ServerFitWords({ fit, server }: { fit: FitInfo; server: ServerContext }) {
  const n = (v: number) => v.toLocaleString('en-US');
  const source =
    server.source === 'setting' ? (
      <>
        {' '}
        (the length set in <a href={routeHref('settings')} className="underline">Settings</a>: the server does not report its own)
      </>
    ) : null;
  if (fit.level === 'over') {
    return (
      <>
        Will not fit: the input (about {n(fit.promptTokens)} tokens) exceeds the server&apos;s {n(fit.window)}-token context{source}; shorten the
        candidates or raise the server&apos;s --max-model-len.
      </>
    );
  }
  return (
    <>
      Tight: only about {n(fit.room)} tokens of the server&apos;s {n(fit.window)}-token context{source} are left for the reasoning and the
      answer.
    </>
  );
}
