// ESLint (flat config): TypeScript, Lit, web-component and Lit accessibility rules, plus the architecture's "never"
// rules, so review does not have to enforce them. `npm test` runs it with --max-warnings 0.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The pure core: feed format, scoring, course queries, UI strings and formatters. No DOM, no elements, no CLI. */
const core = ['src/feed/**', 'src/match/**', 'src/courses/**', 'src/i18n/**'];

/** DOM globals the core must not touch (it runs in Node, in the CLI and in workers too). */
const domGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'customElements',
  'HTMLElement',
  'Element',
  'Node',
  'ShadowRoot',
  'CustomEvent',
  'IntersectionObserver',
  'MutationObserver',
  'ResizeObserver',
  'requestAnimationFrame',
  'getComputedStyle',
  'trustedTypes',
].map((name) => ({ name, message: 'The core (feed, match, courses, i18n) has no DOM: move this into src/elements/.' }));

const noCliImport = {
  group: ['**/cli/**', '../cli/*', './cli/*'],
  message: 'Browser code never imports the CLI (Node only).',
};

export default tseslint.config(
  { ignores: ['lib/', 'dist/', '**/node_modules/', 'bench/', '.tmp/', 'src/feed/rules.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-sequences': ['error', { allowInParentheses: false }],
      'no-cond-assign': ['error', 'always'],
      'no-multi-assign': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: ':not(ExpressionStatement, ForStatement) > AssignmentExpression',
          message: 'Assign in a statement of its own, not inside an expression.',
        },
      ],
      'max-params': ['error', 3],
      // `interface HTMLElementEventMap extends RolefitEventMap {}` is how a global map learns our events.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    ...litA11y.configs['flat/recommended'],
  },
  {
    files: core,
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/elements/**', '../elements/*'], message: 'The core never imports elements.' },
            noCliImport,
            { group: ['lit', 'lit/*', '@lit/*'], message: 'The core renders nothing: no Lit here.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', ...core],
    rules: { 'no-restricted-imports': ['error', { patterns: [noCliImport] }] },
  },
  {
    // Tests may use chai's expression assertions (`expect(x).to.be.true`), and match output verbatim, spaces included.
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'max-params': 'off', 'no-regex-spaces': 'off' },
  },
);
