// Contrast decks for teaching: cases judged under several principles, recordings that replay without a model,
// the deck file and the hand-out.
export { DECK_FILE_KIND, DECK_FILE_VERSION, deckFile, recordingCount } from './deck.ts';
export type { Deck, DeckCase, DeckFile, DeckPrinciple, RecordedResult, Recording } from './deck.ts';
export { readDeckFile } from './readDeckFile.ts';
export type { DeckProblem, DeckRead } from './readDeckFile.ts';
export { REPLAY_SPEEDS, recordingFromJudgment, replayLabel, replaySchedule } from './recording.ts';
export type { RecordingOf, ReplaySpeed, ReplayStep } from './recording.ts';
export { candidateMentions } from './mentions.ts';
export { missingModels, missingModelsNotice } from './missingModels.ts';
export { caseFromComparison, caseFromSuiteCase } from './caseSources.ts';
export type { ComparisonCase } from './caseSources.ts';
export type { MissingModel, ModelsAtHand, RecordingPlace } from './missingModels.ts';
export type { Mention } from './mentions.ts';
export { CONTRAST_PRINCIPLE, appendDeckCase, caseFromInputs, caseFromJudgment, mergeDeck, moveDeckCase, newDeck, removeDeckCase, restoreDeckCase, setDeckRecording } from './deckEdits.ts';
export type { DeckMerge } from './deckEdits.ts';
export { deckHandoutHtml, slotKey } from './handout.ts';
export type { HandoutResult } from './handout.ts';
export { STARTER_DECK } from './starterDeck.ts';
