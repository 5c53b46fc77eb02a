import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Above state/, only its public face is used: the store and the helpers state/index.ts names.
const STATE_FACADE = { group: ['**/state/**', '!**/state/index.ts'], message: 'import the state layer through state/index.ts.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.worker } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  // The house rule (docs in DESIGN.md): imports point one way, app → features → state → engine → core.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'zustand', '@mlc-ai/*', 'idb', 'dompurify', 'marked'], message: 'core is plain TypeScript.' },
        { group: ['**/engine/**', '**/state/**', '**/features/**', '**/components/**', '**/app/**'], message: 'core imports nothing of ours.' },
      ] }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'zustand'], message: 'engine has no UI.' },
        { group: ['**/state/**', '**/features/**', '**/components/**', '**/app/**'], message: 'engine imports core only.' },
      ] }],
    },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/features/**', '**/components/**', '**/app/**'], message: 'state sits below features.' },
      ] }],
    },
  },
  // A feature never imports another: what two features need lives lower down (core, state, components).
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^\\.\\./(?!\\.\\./)[^/]+/', message: 'a feature never imports another feature: move what both need to core, state or components.' },
        { group: ['**/app/**'], message: 'features sit below the app shell.' },
        STATE_FACADE,
      ] }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/features/**', '**/app/**'], message: 'components are shared primitives.' },
        STATE_FACADE,
      ] }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [STATE_FACADE] }],
    },
  },
  // Screens read the store through the named hooks of state/hooks (one place), never an inline selector.
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.name='useAppStore']", message: 'read the store through a named hook of state/hooks (add one there if none fits).' }],
    },
  },
);
