export { libraryFile, readLibraryFile, type LibraryFile, type LibraryImport } from './libraryFile.ts';
export { mergeLibrary, describeLibraryMerge, type LibraryMerge, type LibraryMergeReport } from './mergeLibrary.ts';
