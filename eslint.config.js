// @ts-check
/**
 * Lint for the whole monorepo (`npm run lint`): type-aware TypeScript rules and the module
 * boundaries of ARCHITECTURE.md. Formatting is Prettier's job (.prettierrc), not ESLint's.
 */
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** A module (packages/server/src/modules/<a>/) reaches another module only through its index. */
const moduleBoundary = {
  regex: String.raw`^\.\./(?!\.\.?/)[^/]+/(?!index\.js$).+`,
  message: 'Import another module only through its index.js (ARCHITECTURE rule 1: boundaries).',
};

export default defineConfig(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/dev-dist/**', 'data/**', 'artifacts/**', '**/screenshots/**', '**/coverage/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's describe/it return promises the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Test helpers parse arbitrary JSON bodies; production code keeps `any` off the wire.
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', '**/*.test-support.ts', 'packages/server/test/**', 'packages/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['packages/server/src/modules/*/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [moduleBoundary] }] },
  },
  {
    // The platform and the database layer sit below the modules and never reach up into them.
    files: ['packages/server/src/platform/**/*.ts', 'packages/server/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: String.raw`(^|/)modules/`, message: 'platform/ and db/ must not depend on modules/.' }] },
      ],
    },
  },
  {
    files: ['packages/web/public/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^@hearth/server(/|$)`,
              message: 'The web app talks to the server over HTTP only; share types through @hearth/contracts.',
            },
            { regex: String.raw`(^|/)server/(src|test)/`, message: 'The web app must not import server code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: String.raw`^(?!zod(/|$)|\.)`, message: '@hearth/contracts depends on zod only (it is shared by server and web).' },
          ],
        },
      ],
    },
  },
);
