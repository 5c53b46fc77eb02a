export type { SharedCase, CaseReadResult } from './caseFile.ts';
export { readCase } from './caseFile.ts';
export type { EncodeResult } from './shareLink.ts';
export { encodeCaseFragment, decodeCaseFragment, isCaseFragment, MAX_LINK_FRAGMENT, SHARE_PREFIX } from './shareLink.ts';
