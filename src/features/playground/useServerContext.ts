import { useEffect, useMemo, useState } from 'react';
import { reportedServerContext, useEngineKind, useServerSettings } from '../../state/index.ts';

export interface ServerContext {
  tokens: number;
  /** 'server': reported by its model list; 'setting': the length set in Settings (the server reports none). */
  source: 'server' | 'setting';
}

/** The context length of the server engine's model, or null while the browser engine is in use. */
export function useServerContext(): ServerContext | null {
  const engineKind = useEngineKind();
  const { baseUrl, model, apiKey, contextLength } = useServerSettings();
  const [reported, setReported] = useState<{ key: string; tokens: number | null } | null>(null);
  const key = JSON.stringify([baseUrl, model, apiKey]);
  const active = engineKind === 'openai' && baseUrl.trim() !== '' && model.trim() !== '';

  useEffect(() => {
    if (!active) return;
    let live = true;
    void reportedServerContext({ baseUrl, model, apiKey: apiKey || undefined }).then((tokens) => {
      if (live) setReported({ key, tokens });
    });
    return () => {
      live = false;
    };
  }, [active, key, baseUrl, model, apiKey]);

  const tokens = reported?.key === key ? reported.tokens : null;
  return useMemo(
    () => (engineKind !== 'openai' ? null : tokens !== null ? { tokens, source: 'server' } : { tokens: contextLength, source: 'setting' }),
    [engineKind, tokens, contextLength],
  );
}
