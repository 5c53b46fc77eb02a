// A principle's test suite: cases with people's rankings, its RABench JSONL interchange, run results and calibration.
export { RaterRankingSchema, SuiteCandidateSchema, SuiteCaseSchema, SuiteSchema, caseProblems, readSuite } from './suite.ts';
export type { RaterRanking, Suite, SuiteCandidate, SuiteCase, SuiteReadProblem } from './suite.ts';
export { exportSuiteJsonl, importSuiteJsonl } from './suiteJsonl.ts';
export type { SuiteExport, SuiteExportOptions, SuiteImport, SuiteImportOptions } from './suiteJsonl.ts';
export { rankingFor, suiteAgreement } from './suiteAgreement.ts';
export type { SuiteAgreement, SuiteAgreementOptions, SuiteCaseResult } from './suiteAgreement.ts';
export { compareVersions, wordDiff } from './compareVersions.ts';
export type { ChangedCase, TextPiece, VersionComparison } from './compareVersions.ts';
export { raterCalibration } from './calibration.ts';
export type { Calibration } from './calibration.ts';
export { addCase, removeCase, restoreCase, setRanking } from './suiteEdits.ts';
export { mergeSuite } from './suiteMerge.ts';
export { caseFromWorkspace } from './caseFromWorkspace.ts';
export type { SuiteMerge } from './suiteMerge.ts';
export type { SuiteEdit } from './suiteEdits.ts';
