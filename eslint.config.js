import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries of DESIGN.md — a file's folder tells which runtime it runs in:
 *   renderer   → shared only               shared → nothing of ours
 *   main       → shared, migrations        migrations → nothing of ours
 *   only main/app and main/preload import `electron`
 */
const electron = { name: 'electron', message: 'Only main/app and main/preload import electron.' };
const node = { group: ['node:*'], message: 'The renderer has no Node: reach main through window.parley.' };
const nodeInShared = { group: ['node:*'], message: 'shared/ runs in both processes: no Node modules.' };
const noMain = { group: ['**/main', '**/main/**'], message: 'Only main may import main/.' };
const noRenderer = { group: ['**/renderer', '**/renderer/**'], message: 'Nothing imports the renderer.' };
const noShared = {
  group: ['**/shared', '**/shared/**'],
  message: 'Migrations are frozen: they import nothing of ours.',
};
const noMigrations = { group: ['**/migrations', '**/migrations/**'], message: 'Only main imports migrations.' };
const noApp = {
  group: ['**/app', '**/app/**', '**/preload', '**/preload/**'],
  message: 'Only main/app may depend on the Electron shell.',
};

const restrict = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'out',
      'release',
      'test-results',
      'playwright-report',
      'demo-workspace',
      'demo-reports',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['shared/**/*.{ts,tsx}'], rules: restrict([electron], [nodeInShared, noMain, noRenderer, noMigrations]) },
  { files: ['migrations/**/*.ts'], rules: restrict([electron], [noMain, noRenderer, noShared]) },
  { files: ['main/**/*.{ts,tsx}'], rules: restrict([electron], [noRenderer, noApp]) },
  { files: ['main/app/**/*.ts', 'main/preload/**/*.ts'], rules: restrict([], [noRenderer]) },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [{ ...electron, message: 'The renderer reaches main only through window.parley.' }],
        [node, noMain, noMigrations],
      ),
    },
  },
  {
    files: ['test/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
