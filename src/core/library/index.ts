export { libraryFile, readLibraryFile, type LibraryFile, type LibraryImport, type LibraryPrinciple } from './libraryFile.ts';
