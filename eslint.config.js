import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // __tests__/fixtures/bots/: skeletons of other people's bots, scanned as text by the tests, never run
  { ignores: ['dist/', 'node_modules/', 'coverage/', '__tests__/fixtures/bots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // Type-checked rules: the TypeScript project (tsconfig.json) tells them what each expression is.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
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
      // A promise nobody awaits loses its failure: await it, return it, or say `void` on purpose.
      '@typescript-eslint/no-floating-promises': 'error',
      // A switch over a union (statuses, token states, finding kinds) names every member, or has a default.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  // JavaScript (this file, and scripts/net-floor.mjs, kept plain so that Node runs it as it is), outside the project.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
