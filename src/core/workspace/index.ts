export { sameWork, isBlankWork, type WorkContent } from './sameWork.ts';
export { changedSince, describeChanges, type Change, type RunInputs } from './changedSince.ts';
export { restoreCleared } from './restoreCleared.ts';
export { EXAMPLE_WORKSPACE, nextCandidateName, workspaceInput, type Candidate, type OpenableCase, type Workspace } from './workspace.ts';
