import { useState } from 'react';
import { deckFile, deckHandoutHtml, recordingCount, replayLabel, safeFileName, type Deck } from '../../core/index.ts';
import { useDecksActions, usePresentActions } from '../../state/index.ts';
import { downloadText } from '../../components/download.ts';
import { navigate } from '../../components/routes.ts';
import { MissingModelsNotice } from '../../components/MissingModelsNotice.tsx';

/** One deck: present it, export it or its hand-out, and (the user's own) rename, reorder and remove its cases. */
export function DeckCard({ deck, builtIn }: { deck: Deck; builtIn: boolean }) {
  const a = useDecksActions();
  const presentDeck = usePresentActions().presentDeck;
  const [title, setTitle] = useState(deck.title);
  const { recorded, total } = recordingCount(deck);
  const present = (at = 0) => {
    presentDeck(deck, at);
    navigate('present');
  };
  const base = safeFileName(deck.title);
  return (
    <li className="card space-y-2" data-testid="deck" data-deck-id={deck.id}>
      <div className="flex flex-wrap items-center gap-2">
        {builtIn ? (
          <h2 className="font-semibold">{deck.title} <span className="text-sm font-normal text-muted">(built in)</span></h2>
        ) : (
          <>
            <label htmlFor={`deck-title-${deck.id}`} className="sr-only">
              Title of the deck
            </label>
            <input id={`deck-title-${deck.id}`} className="field max-w-sm font-semibold" value={title} onChange={(e) => setTitle(e.target.value)} onBlur={() => void a.renameDeck(deck.id, title)} />
          </>
        )}
        <span className="text-sm text-muted" data-testid="deck-summary">
          {deck.cases.length} cases · {recorded === 0 ? 'no recordings: runs live with a model' : `${recorded} of ${total} principles recorded (replay without a model)`}
        </span>
      </div>
      {deck.description && <p className="text-sm">{deck.description}</p>}
      <MissingModelsNotice deck={deck} className="rounded border border-warn px-2 py-1 text-sm" testId="deck-missing-models" />
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-primary" onClick={() => present()} disabled={deck.cases.length === 0}>
          Present
        </button>
        <button type="button" className="btn" onClick={() => downloadText(`${base}.deck.json`, JSON.stringify(deckFile(deck), null, 2))}>
          Export deck
        </button>
        <button type="button" className="btn" onClick={() => downloadText(`${base}.handout.html`, deckHandoutHtml(deck), 'text/html')}>
          Hand-out (HTML)
        </button>
        {!builtIn && (
          <button type="button" className="btn-danger" onClick={() => void a.removeDeck(deck.id)}>
            Delete deck
          </button>
        )}
      </div>
      <ol className="space-y-1">
        {deck.cases.map((c, i) => (
          <li key={c.id} className="flex flex-wrap items-center gap-2 rounded border border-line px-2 py-1 text-sm" data-testid="deck-case">
            <span className="font-medium">
              {i + 1}. {c.title}
            </span>
            <span className="text-muted">
              {c.principles.map((p) => `${p.label}${p.recording ? ` (${replayLabel(p.recording).replace('Replay — ', '')})` : ''}`).join(' vs ')}
            </span>
            <span className="ml-auto flex gap-1">
              <button type="button" className="btn px-1.5 py-0.5 text-xs" onClick={() => present(i)} aria-label={`Present from here: case ${i + 1}`}>
                Present from here
              </button>
              {!builtIn && (
                <>
                  <button type="button" className="btn px-1.5 py-0.5 text-xs" disabled={i === 0} onClick={() => void a.moveDeckCase(deck.id, i, -1)} aria-label={`Move case ${i + 1} up`}>
                    ↑
                  </button>
                  <button type="button" className="btn px-1.5 py-0.5 text-xs" disabled={i === deck.cases.length - 1} onClick={() => void a.moveDeckCase(deck.id, i, 1)} aria-label={`Move case ${i + 1} down`}>
                    ↓
                  </button>
                  <button type="button" className="btn px-1.5 py-0.5 text-xs" onClick={() => void a.removeDeckCase(deck.id, c.id)} aria-label={`Remove case ${i + 1}`}>
                    ✕
                  </button>
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </li>
  );
}
