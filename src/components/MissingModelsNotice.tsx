import { useMemo } from 'react';
import { missingModels, missingModelsNotice, type Deck } from '../core/index.ts';
import { useModelsAtHand } from '../state/index.ts';

/** Which of a deck's recorded models the user lacks, that the replays still play, and what a live run will use. */
export function MissingModelsNotice({ deck, className = '', testId }: { deck: Deck; className?: string; testId: string }) {
  const have = useModelsAtHand();
  const missing = useMemo(() => missingModels(deck, have), [deck, have]);
  const text = missingModelsNotice(missing, have);
  if (!text) return null;
  return (
    <p className={className} data-testid={testId} data-missing={missing.map((m) => m.modelId).join(' ')}>
      {text}
    </p>
  );
}
