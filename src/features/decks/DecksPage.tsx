import { useState } from 'react';
import { STARTER_DECK, type Deck } from '../../core/index.ts';
import { useDecksActions, useStoredDeckProblems, useUserDecks, type DeckImportReport } from '../../state/index.ts';
import { JsonFileButton, readJsonFile } from '../../components/JsonFileButton.tsx';
import { DeckCard } from './DeckCard.tsx';
import { AddWorkspaceCase } from './AddWorkspaceCase.tsx';

/** Lesson decks: the starter deck and the user's own, built, reordered, exported, imported and presented. */
export function DecksPage() {
  const mine = useUserDecks();
  const problems = useStoredDeckProblems();
  const importDeck = useDecksActions().importDeck;
  const [report, setReport] = useState<DeckImportReport | null>(null);
  const decks: Deck[] = [STARTER_DECK, ...mine];
  return (
    <div className="space-y-4" data-testid="decks-page">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="page-title" className="text-xl font-semibold">Decks</h1>
        <p className="text-sm text-muted">A deck is a lesson: cases judged under two or more principles, presented one at a time (Present), replayed without a model where recorded.</p>
        <div className="ml-auto">
          <JsonFileButton
            label="Import a deck…"
            inputLabel="Deck file to import"
            testId="deck-import-input"
            onFile={async (file) => {
              const read = await readJsonFile(file);
              setReport(read.ok ? await importDeck(read.data) : { message: read.message, problems: [], id: null });
            }}
          />
        </div>
      </div>
      {report && (
        <div role="status" className="card space-y-1 text-sm" data-testid="deck-import-report">
          <p className="font-semibold">{report.message}</p>
          {report.problems.length > 0 && (
            <>
              <p>What this deck could not show:</p>
              <ul className="list-disc pl-5">
                {report.problems.map((p, i) => (
                  <li key={i}>
                    {p.where}: {p.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="btn" onClick={() => setReport(null)}>
            Dismiss
          </button>
        </div>
      )}
      {problems.length > 0 && (
        <div role="alert" className="card text-sm">
          Some of your stored decks could not be read in full: {problems.map((p) => `${p.where}: ${p.message}`).join(' ')}
        </div>
      )}
      <AddWorkspaceCase decks={mine} />
      <ul className="space-y-3" data-testid="deck-list">
        {decks.map((d) => (
          <DeckCard key={d.id} deck={d} builtIn={d.id === STARTER_DECK.id} />
        ))}
      </ul>
    </div>
  );
}
