import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const FEATURES = ['quiz', 'quotient', 'scan', 'repair', 'my-data', 'session'];

// The layers of DESIGN.md: pages → islands → stores → lib. Each rule names what a layer may not
// reach, so a wrong arrow fails `npm run lint` with the reason.
const libBans = {
  paths: [
    { name: 'preact', message: 'src/lib is pure: no Preact.' },
    { name: 'nanostores', message: 'src/lib is pure: stores live in src/stores.' },
    { name: 'astro:content', message: 'src/lib gets content as arguments, not from astro:content.' },
    { name: 'zod', message: 'zod is for content schemas in src/schemas only.' },
    { name: 'astro/zod', message: 'zod is for content schemas in src/schemas only.' },
  ],
  patterns: [
    { group: ['preact/*'], message: 'src/lib is pure: no Preact.' },
    { group: ['**/stores/*', '**/stores'], message: 'src/lib imports no store.' },
    { group: ['**/i18n/*', '**/i18n/**'], message: 'src/lib takes its texts as arguments.' },
    { group: ['**/islands/**', '**/components/**', '**/pages/**'], message: 'Arrows point down only.' },
    { group: ['**/schemas/*'], message: 'Content schemas (zod) are build-time only.' },
  ],
};

const zodOutsideSchemas = [
  { name: 'zod', message: 'zod is for content schemas: put the schema in src/schemas (from astro/zod).' },
  { name: 'astro/zod', message: 'zod belongs in src/schemas; the browser uses valibot codecs.' },
];

const islandBans = (feature) => ({
  paths: [
    { name: 'astro:content', message: 'Islands get content as props from their page.' },
    ...zodOutsideSchemas,
  ],
  patterns: [
    ...FEATURES.filter((f) => f !== feature).map((other) => ({
      group: [`../${other}/*`, `../${other}/**`],
      message: `An island reaches another feature only through src/islands/shared or src/lib, not islands/${other}.`,
    })),
    { group: ['**/pages/**', '**/components/**', '**/layouts/**'], message: 'Arrows point down only.' },
    { group: ['**/schemas/*'], message: 'Content schemas (zod) are build-time only.' },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-base/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: zodOutsideSchemas }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['**/*.tsx'],
    rules: {
      // A scrolling table wrapper (role="region") must take focus so keyboard users can scroll it
      // (WCAG 2.1.1; axe's scrollable-region-focusable), which the rule's default does not know.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  { files: ['src/lib/**'], rules: { 'no-restricted-imports': ['error', libBans] } },
  {
    files: ['src/stores/**'],
    ignores: ['src/stores/use-store.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'preact', message: 'Stores hold state; screens live in src/islands.' },
            ...zodOutsideSchemas,
          ],
          patterns: [
            { group: ['preact/*'], message: 'Stores hold state; screens live in src/islands.' },
            {
              group: ['**/islands/**', '**/i18n/**', '**/components/**', '**/pages/**'],
              message: 'Arrows point down only.',
            },
          ],
        },
      ],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/islands/${feature}/**`],
    rules: { 'no-restricted-imports': ['error', islandBans(feature)] },
  })),
  {
    files: ['src/islands/shared/**'],
    rules: { 'no-restricted-imports': ['error', islandBans('shared')] },
  },
  {
    // Content schemas and the content config are where zod belongs, from astro/zod only.
    files: ['src/schemas/**', 'src/content.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import z from 'astro/zod', the version Astro validates with." }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
