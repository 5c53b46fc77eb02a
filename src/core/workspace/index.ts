export { sameWork, isBlankWork, type WorkContent } from './sameWork.ts';
