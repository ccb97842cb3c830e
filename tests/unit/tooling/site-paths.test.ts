import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// The site must work under any base path (DESIGN.md): every internal URL goes through
// src/lib/core/site-path.ts (siteHref in Astro files and islands). A root-relative URL written by
// hand works at the host's root and breaks under /vertrouwenswijzer/, so it must fail here.

const SRC = 'src';
// The helper's own documentation shows what it does with such paths.
const HELPERS = new Set(['src/lib/core/site-path.ts', 'src/islands/shared/site-path.ts']);

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(astro|tsx?|mjs)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

/** The first path segments the site serves: its pages, public files and build folders. */
const topLevel = [
  ...readdirSync(join(SRC, 'pages')).map((name) => name.replace(/\.(astro|ts)$/, '')),
  ...readdirSync('public'),
  '_astro',
  'pagefind',
  'sw.js',
  'sitemap.xml',
].filter((name) => name !== 'index' && !name.startsWith('['));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ATTRIBUTE = /\b(?:href|src|srcset|action|formaction|poster)=\{?\s*["'`]\/(?!\/)/;
const LITERAL = new RegExp(`["'\`]/(?:${topLevel.map(escape).join('|')})(?=[/#?"'\`]|$)`);
const COMMENT = /^\s*(?:\*|\/\/|\/\*)/;

/** Lines with a root-relative site URL, as "line: text". */
function rootRelativeUrls(text: string): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => !COMMENT.test(line) && (ATTRIBUTE.test(line) || LITERAL.test(line)))
    .map(({ line, n }) => `${n}: ${line.trim()}`);
}

describe('no root-relative site URL outside the site-path helper', () => {
  it.each([
    '<a href="/">Home</a>',
    '<a href="/gids/">Gids</a>',
    '<a href={`/bronnen/#${id}`}>x</a>',
    "const more = [{ href: '/begrippen/', label }];",
    'const href = `/vertrouwensquotient/#${fragment}`;',
    '<link rel="icon" href="/favicon.svg" />',
    'import(`/pagefind/pagefind.js`)',
    "fetch('/sw.js')",
  ])('catches %s', (line) => {
    expect(rootRelativeUrls(line)).not.toEqual([]);
  });

  it.each([
    "<a href={siteHref('gids/')}>Gids</a>",
    '<a href={`#schaal-${id}`}>x</a>',
    '<a href="https://example.org/">x</a>',
    '<a href="//cdn.example/x">x</a>',
    "import { x } from '../lib/scan/scan';",
    "const parts = path.split('/');",
    ' * The session link participants open: `/scan/#sessie=1.…`.',
  ])('lets %s pass', (line) => {
    expect(rootRelativeUrls(line)).toEqual([]);
  });

  it('finds none in src', () => {
    const found = files(SRC)
      .filter((file) => !HELPERS.has(relative('.', file)))
      .flatMap((file) => rootRelativeUrls(readFileSync(file, 'utf8')).map((hit) => `${file}:${hit}`));
    expect(found, 'build these URLs with siteHref() / sitePath() instead').toEqual([]);
  });
});
