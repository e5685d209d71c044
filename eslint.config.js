import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // __tests__/fixtures/bots/: skeletons of other people's bots, scanned as text by the tests, never run
  { ignores: ['dist/', 'node_modules/', 'coverage/', '__tests__/fixtures/bots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        AbortSignal: 'readonly',
        performance: 'readonly',
        NodeJS: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-control-regex': 'off',
    },
  },
);
