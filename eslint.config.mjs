import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeOnlyModules = ['kysely', 'better-sqlite3', 'exceljs', 'docx', 'node:*', 'fs', 'path', 'child_process'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload (the thin shell) may import electron.' }] }],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**', 'tests/unit/shell/**', 'tests/e2e-electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the main process only through the contract client.' }],
          patterns: [
            { group: ['**/electron/**', '**/electron'], message: 'The renderer must not import main-process code; use renderer/src/api/client.ts.' },
            { group: nodeOnlyModules, message: 'The renderer has no database or file system; go through the contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is used by both sides and must stay platform-free.' }],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not depend on either side.' },
            { group: nodeOnlyModules, message: 'shared/ must stay platform-free.' },
          ],
        },
      ],
    },
  },
);
