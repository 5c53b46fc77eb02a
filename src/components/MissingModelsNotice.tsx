import { useEffect, useMemo } from 'react';
import { missingModels, missingModelsNotice, type Deck } from '../core/index.ts';
import { useModelsActions, useModelsAtHand } from '../state/index.ts';

/** Which of a deck's recorded models the user lacks, that the replays still play, and what a live run will use. */
export function MissingModelsNotice({ deck, className = '', testId }: { deck: Deck; className?: string; testId: string }) {
  const have = useModelsAtHand();
  const refreshCache = useModelsActions().refreshCache;
  const missing = useMemo(() => missingModels(deck, have), [deck, have]);
  // Only a model of the app's catalog can be downloaded in this browser: ask the cache about those (once per set),
  // so a deck recorded on a server never starts the browser engine's worker.
  const ask = missing.filter((m) => m.downloadable).map((m) => m.modelId).join(' ');
  useEffect(() => {
    if (ask) refreshCache().catch(() => undefined);
  }, [ask, refreshCache]);
  const text = missingModelsNotice(missing, have);
  if (!text) return null;
  return (
    <p className={className} data-testid={testId} data-missing={missing.map((m) => m.modelId).join(' ')}>
      {text}
    </p>
  );
}
