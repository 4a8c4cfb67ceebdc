// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Globals that tie code to a browser page. `src/model/` must not touch them, so that the
// model runs unchanged in a Web Worker, in Node tests and in the command-line tool.
const pageGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'history',
  'fetch',
  'HTMLElement',
  'Worker',
].map((name) => ({
  name,
  message: 'src/model is pure: pass data in instead of reading page globals.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'scripts/geodata/node_modules/**',
      'tests/output/**',
      'coverage/**',
      'dev-dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'scripts/*/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The import boundary: src/model stays pure.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['maplibre-gl', 'maplibre-gl/*'],
              message: 'src/model must not import maplibre.',
            },
            {
              group: ['d3', 'd3-selection', 'd3-transition', 'd3-*'],
              message: 'src/model must not import d3 (charts live in src/charts).',
            },
            {
              group: ['comlink', 'comlink/*'],
              message:
                'src/model must not import comlink (workers wrap the model, not the reverse).',
            },
            {
              group: [
                '**/ui/**',
                '**/map/**',
                '**/charts/**',
                '**/state/**',
                '**/workers/**',
                '../../workers/*',
              ],
              message: 'src/model must not depend on UI, map, chart, state or worker code.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...pageGlobals],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'The model takes a seeded random source (src/model/rng.ts).',
        },
      ],
    },
  },
);
