export type { SharedCase, CaseReadResult } from './caseFile.ts';
export { readCase, CaseSchema } from './caseFile.ts';
export type { EncodeResult } from './shareLink.ts';
export { encodeCaseFragment, decodeCaseFragment, isCaseFragment, MAX_LINK_FRAGMENT, MAX_DECODED_BYTES, MAX_LINK_CANDIDATES, MAX_LINK_CHARACTERS, SHARE_PREFIX } from './shareLink.ts';
export type { JudgmentFileRecord, JudgmentFileResult } from './judgmentFile.ts';
export { readJudgmentFile, isJudgmentFile, JudgmentRecordSchema } from './judgmentFile.ts';
