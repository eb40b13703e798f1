import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'dist/**',
      'storybook-static/**',
      'coverage/**',
      'node_modules/**',
      'src/generated/**',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'NabijElement'] } },
    // A leading underscore marks a parameter that is there for a signature (as TypeScript's noUnusedParameters reads it).
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }] },
  },
  // Layers: src/content is data (schemas, validation, descriptors, generated tables), src/core the element kit on
  // top of it, src/elements the elements on top of both. An import the other way round fails here.
  {
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**', '**/elements/**'],
              message: 'src/content is the data layer: it must not import the element kit (src/core) or elements.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/elements/**'],
              message: 'src/core is the element kit: it must not import from src/elements (elements build on it).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Its one-second default failed tests on a busy machine; test/helpers.ts has `until` with a generous one.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil'],
              message: "Use `until` from './helpers.js' (a generous time-out for lazy loads).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.mjs', '*.cjs', 'bin/**', 'scripts/**', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
