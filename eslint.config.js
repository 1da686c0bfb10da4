// Lint: typescript-eslint's recommended rules plus the layer boundaries of ENGINEERING.md,
// enforced here rather than in review. Dependencies point inward:
// core <- formats <- store <- services <- {server, cli}; web <- core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// A regex, because '#' starts a comment in the gitignore-style `group` patterns.
const layer = (name) => `^(#${name}/|(\\.\\.?/)+(src/)?${name}/)`;
const forbid = (...layers) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: layers.map((name) => ({
        regex: layer(name),
        message: `This layer may not import from src/${name} (see ENGINEERING.md: dependencies point inward).`,
      })),
    },
  ],
});
const nodeBuiltins = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['node:*'],
          message: 'Core is pure: no Node.js modules (the browser imports it too).',
        },
        ...['formats', 'store', 'services', 'server', 'cli', 'web', 'testing'].map((name) => ({
          regex: layer(name),
          message: `Core may not import from src/${name}.`,
        })),
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Use the injected clock.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a string-literal union instead of an enum.',
        },
      ],
    },
  },
  { files: ['src/core/**'], rules: nodeBuiltins },
  {
    files: ['src/formats/**'],
    rules: forbid('store', 'services', 'server', 'cli', 'web', 'testing'),
  },
  { files: ['src/store/**'], rules: forbid('services', 'server', 'cli', 'web', 'testing') },
  { files: ['src/services/**'], rules: forbid('server', 'cli', 'web', 'testing') },
  // The CLI's serve command starts the server, so cli may use server/serve but server never uses cli.
  { files: ['src/server/**'], rules: forbid('cli', 'web', 'testing') },
  { files: ['src/cli/**'], rules: forbid('web', 'testing', 'store') },
  { files: ['src/web/**'], rules: forbid('formats', 'store', 'services', 'server', 'cli') },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'src/testing/**', 'e2e/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['*.config.ts', '*.config.js', 'eslint.config.js', 'vite.config.ts', 'e2e/*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
