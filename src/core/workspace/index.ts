export { sameWork, isBlankWork, type WorkContent } from './sameWork.ts';
export { changedSince, describeChanges, type Change, type RunInputs } from './changedSince.ts';
export { restoreCleared } from './restoreCleared.ts';
export { EXAMPLE_WORKSPACE, MyRankingSchema, nextCandidateName, rankingOfCandidates, readMyRanking, renameInRanking, workspaceInput, type Candidate, type MyRanking, type OpenableCase, type Workspace } from './workspaceRecord.ts';
