import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // AssemblyScript (assembly/) is checked by its own compiler, asc.
  { ignores: ['dist', 'node_modules', 'test-results', 'coverage', 'src/core/cluster/bounds/wasm/assembly'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Reference implementations and test helpers (tests/reference, ...) are for tests and the bench:
    // the app never runs them. (no-restricted-syntax, so the layer rules below keep their own
    // no-restricted-imports lists.)
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/(^|\\/)tests\\//]',
          message: 'src never imports from tests/ (reference implementations live there).',
        },
      ],
    },
  },
  {
    // core is pure computation: no DOM, no React, no worker globals, nothing from the layers above.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'zustand', 'd3*'], message: 'core stays framework-free.' },
            {
              group: ['**/worker/**', '**/store/**', '**/charts/**', '**/features/**', '**/app/**'],
              message: 'core imports nothing from the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'postMessage', 'navigator'],
    },
  },
  {
    files: ['src/worker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/**', '**/charts/**', '**/features/**', '**/app/**', 'react', 'react-dom'],
              message: 'the worker only adapts core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/charts/**', '**/features/**', '**/app/**'],
              message: 'the store sits below the UI.',
            },
          ],
        },
      ],
    },
  },
);
