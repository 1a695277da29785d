// ESLint for the whole repository. `npm run lint:code` runs `astro sync` (so that `astro:content`
// has its types in a fresh clone) and then `eslint --config tests/eslint.config.js .` from the root.
// The config lives in tests/ because the root holds only the site's own files.
// Typed: rules that need types see the program that `astro check` sees, read from tsconfig.json.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The repository's root: every pattern below is relative to it, wherever ESLint starts. */
const root = fileURLToPath(new URL('..', import.meta.url));

const isFile = (path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
const EXTENSIONS = ['.ts', '.mjs', '.js', '.astro', '.json'];

/**
 * Every relative import names its file, extension included: `'./dates.ts'`, never `'./dates'`.
 * Node runs src/build/build.ts and tests/bench/bench.ts with type stripping, which finds a file
 * only by the name written; an extensionless import in anything they load, however indirectly,
 * breaks `npm run build`. Vite, Vitest and TypeScript accept either, so one rule holds everywhere
 * and a file can join the ones Node loads without changing. `--fix` adds the missing extension.
 */
const relativeImportNamesAFile = {
  meta: {
    type: 'problem',
    fixable: 'code',
    schema: [],
    messages: {
      extension: "Write '{{ fixed }}': Node (npm run build) finds a file only by its full name.",
      missing: "'{{ written }}' names no file: a relative import names its file, with extension.",
    },
  },
  create(context) {
    const dir = dirname(context.physicalFilename);
    const check = (source) => {
      const written = source?.type === 'Literal' ? source.value : null;
      if (typeof written !== 'string' || !/^\.\.?\//.test(written)) return;
      const path = written.replace(/[?#].*/, '');
      if (isFile(resolve(dir, path))) return;
      const found = EXTENSIONS.map((ext) => path + ext).filter((name) =>
        isFile(resolve(dir, name)),
      );
      const quote = source.raw[0];
      const fix = (fixer) => fixer.replaceText(source, quote + found[0] + quote);
      context.report({
        node: source,
        messageId: found.length ? 'extension' : 'missing',
        data: { written, fixed: found[0] },
        fix: found.length === 1 ? fix : null,
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

const config = defineConfig([
  globalIgnores([
    'dist/',
    'dist.*/',
    '.astro/',
    '.bench/',
    'tests/.output/',
    'test-results/',
    'playwright-report/',
    'content/',
    'tests/fixtures/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,

  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { local: { rules: { 'relative-import-names-a-file': relativeImportNamesAFile } } },
    rules: {
      'local/relative-import-names-a-file': 'error',
      // `const { $, ...index } = page` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Playwright hooks take their fixtures first: `test.beforeEach(({}, testInfo) => …)`.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // The build and the URL checks match control characters on purpose (ANSI colours, NUL).
      'no-control-regex': 'off',
      // An async function without await is how this code hands a Promise-returning API its
      // function (satori's loadAdditionalAsset, mocks that reject, Playwright tests).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // astro-eslint-parser has no projectService: it builds its own program from tsconfig.json.
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.json', tsconfigRootDir: root },
    },
    rules: {
      // Outside `astro check`, types that come from another .astro file (props, exported types)
      // and JSX elements are unresolved, so these would flag every use of them.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      // Calls the `as 'h2' | 'h3'` on a heading's template string needless; without it,
      // `astro check` fails.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // A function a newcomer reads at a glance: a longer one is split into named steps.
    files: ['src/**/*.{ts,mjs,astro}'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // These import .astro components, whose types only `astro check` can read (see above).
    files: ['src/components/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Tests assert on parsed JSON and XML, on .astro components (which only `astro check` can
    // type, see above) and with Vitest's matchers (`expect.stringContaining(…)`): all `any` by
    // type, and each checked by the expect() around it.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // JavaScript is not type-checked (tsconfig has no checkJs): its values are mostly `any`.
    files: ['**/*.{js,mjs}'],
    ignores: ['public/**'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Served to any host page's browser as written: ES5, so `catch` needs its binding.
    files: ['public/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
]);

// Patterns are relative to the root, not to the folder ESLint is started from.
export default config.map((object) => ({ ...object, basePath: root }));
