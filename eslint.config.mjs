// Lint rules that guard the architecture: the engine (src/core) never imports `vscode`,
// and every promise is awaited or explicitly handled.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'examples/**', 'bench/.work/**', '**/*.mjs', '**/*.js', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-irregular-whitespace': 'off',
    },
  },
  {
    // One import of the API for the whole extension (see src/extension/vscodeApi.ts): each file
    // importing 'vscode' itself gets its own interop copy in the bundle, ~1 ms of activation each.
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/vscodeApi.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: "Import { vscode } from './vscodeApi' instead: one interop copy of the API keeps activation fast." }] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is the pure engine: no vscode imports. Put VS Code code in src/extension.' }],
        patterns: [{ group: ['**/interchange', '**/interchange/**'], message: 'src/core never imports the interchange layer: it sits on top of the engine.' }],
      }],
    },
  },
  {
    files: ['src/interchange/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The interchange layer runs in the CLI too: no vscode imports.' }],
        patterns: [{ group: ['**/cli/**', '**/extension/**'], message: 'The interchange layer is over src/core and never imports an adapter.' }],
      }],
    },
  },
);
