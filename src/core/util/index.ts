export { hashKey } from './hash.ts';
export { parseCandidatePaste, type PasteFormat, type PasteResult, type PastedCandidate } from './paste.ts';
export { estimateTokens, estimateMessagesTokens, CHAT_TEMPLATE_OVERHEAD_TOKENS } from './tokens.ts';
export { createSerial, type Serial } from './serial.ts';
export { csvCell, csvRows } from './csv.ts';
export { shortenAtWord } from './shorten.ts';
export { serverKind } from './serverKind.ts';
export { describeSaveError, type SaveProblem } from './saveProblem.ts';
