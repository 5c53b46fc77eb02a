export { sameWork, isBlankWork, type WorkContent } from './sameWork.ts';
export { changedSince, describeChanges, type Change, type RunInputs } from './changedSince.ts';
export { restoreCleared } from './restoreCleared.ts';
