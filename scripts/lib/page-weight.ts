import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileForPath } from './site-files.ts';
import { moduleClosure, staticImports } from '../../src/integrations/module-graph.ts';

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface PageWeight {
  html: number;
  css: number;
  /** JavaScript loaded on first view. */
  js: number;
  /** JavaScript once every island has loaded (client:visible ones load when scrolled into view). */
  jsAll: number;
  jsFiles: string[];
  islands: number;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * What a page costs on first view, gzip bytes: its HTML; its CSS (linked + inline); its JavaScript
 * (inline scripts, script files, hydrated islands with their renderer, and everything they
 * import statically). Code loaded only on demand (search) is not counted.
 */
export function measurePage(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = attr(m[0], 'href');
    const file = href && fileForPath(dist, href);
    if (file) css += gzipSize(readFileSync(file));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gzipSize(m[1]!);

  let inlineJs = 0;
  const entry = new Set<string>();
  const deferred = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = attr(m[0], 'type');
    if (type && !/module|javascript/.test(type)) continue;
    const src = attr(m[0], 'src');
    const body = m[2]!; // group 2 is not optional: the script's text, possibly empty
    if (src) entry.add(src);
    else if (body.trim()) inlineJs += gzipSize(body);
    if (!src) for (const imp of staticImports(body)) if (imp.startsWith('/')) entry.add(imp);
    // A module an inline script loads later (a knowledge check when in view): not on first view.
    if (!src) for (const later of body.matchAll(/[`"'](\/[^`"'\s]+\.js)[`"']/g)) deferred.add(later[1]!);
  }
  // Components the browser starts itself (LazyIsland.astro) count as islands.
  let islands = html.match(/\sdata-lazy-island="/g)?.length ?? 0;
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    islands += 1;
    // client:visible islands load when they scroll into view, not on first view.
    const target = attr(m[0], 'client') === 'visible' ? deferred : entry;
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(m[0], name);
      if (url) target.add(url.replace(/&amp;/g, '&'));
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = attr(m[0], 'href');
    if (href) entry.add(href);
  }

  const read = (url: string) => {
    const file = fileForPath(dist, url);
    return file ? readFileSync(file, 'utf8') : undefined;
  };
  const firstView = moduleClosure(entry, read);
  const later = moduleClosure(deferred, read).filter((url) => !firstView.includes(url));
  const bytes = (urls: string[]) => urls.reduce((sum, url) => sum + gzipSize(read(url)!), 0);
  const js = inlineJs + bytes(firstView);
  const jsAll = js + bytes(later);
  return { html: gzipSize(html), css, js, jsAll, jsFiles: [...firstView, ...later], islands };
}

export type PageKind = 'home' | 'chapter' | 'chapter-with-check' | 'tool' | 'other';

/** Budgets in gzip bytes per page kind; see the README. */
export interface Budget {
  js: number;
  jsAll: number;
  css: number;
  html: number;
}

const KB = 1024;
export const BUDGETS: Record<PageKind, Budget> = {
  // Every page now carries the menu's Escape handling, the search loader and the offline starter
  // (0.25 KB): 1.5 KB became 1.8.
  home: { js: 1.8 * KB, jsAll: 1.8 * KB, css: 15 * KB, html: 60 * KB },
  chapter: { js: 1.8 * KB, jsAll: 1.8 * KB, css: 15 * KB, html: 60 * KB },
  // The knowledge check starts without Astro's island runtime when it comes into view, and the read
  // mark when the page is idle: a chapter's first view is the theme and site scripts, 4.7 KB before.
  'chapter-with-check': { js: 3 * KB, jsAll: 28 * KB, css: 15 * KB, html: 60 * KB },
  tool: { js: 22 * KB, jsAll: 22 * KB, css: 15 * KB, html: 60 * KB },
  other: { js: 3 * KB, jsAll: 3 * KB, css: 15 * KB, html: 60 * KB },
};

/** Pages whose islands are the page: first view includes them. */
export const TOOL_PAGE_BUDGETS: Record<string, number> = {
  // Any island page that reads saved data and share links loads ~15 KB before a line of its own
  // (Preact with hydration 7.2, valibot with storage 3.8, inline scripts 2.9, StorageNotices 1.2).
  // 22 KB until the islands were split into screens with a shared kit (fragment hook, announcer:
  // +0.8 KB) and every page gained the menu and the offline starter; to be won back. Storage that
  // reads while saving is refused, held data and the other-tool link: +0.25 KB; the invitation
  // before the first factor, naming a shared relationship's new name and the full list: +0.1 KB.
  // Preact, its hooks and JSX runtime in one chunk: -0.5 KB on every tool page.
  '/vertrouwensquotient/': 23.5 * KB,
  '/scan/': 28 * KB,
  '/herstelplan/': 35 * KB,
  // The facilitator's group session: the presentation, group view, QR encoder and camera decoder
  // load on demand, not counted here.
  '/groepssessie/': 35 * KB,
  // Every feature registered in src/stores/features.ts brings its stored-data schema here; since
  // it reads each feature as that feature's page does (broken data warned and set aside or held),
  // with plain delete labels: +0.2 KB over 23, won back by Preact in one chunk.
  '/mijn-gegevens/': 23 * KB,
  '/mijn-voortgang/': 19 * KB,
};

/**
 * Tool pages whose HTML is held below the general budget: their islands read bulky content from a
 * file beside the page when a step needs it (src/islands/shared/site-data.ts), so the HTML carries
 * only what the page shows and small props. Content passed as props again would cross these.
 */
export const TOOL_PAGE_HTML_BUDGETS: Record<string, number> = {
  '/herstelplan/': 18 * KB,
  '/scan/': 10 * KB,
};

export function kindOf(path: string, weight: PageWeight): PageKind {
  if (path === '/') return 'home';
  if (/^\/gids\/[^/]+\/$/.test(path)) return weight.islands > 0 ? 'chapter-with-check' : 'chapter';
  if (path in TOOL_PAGE_BUDGETS) return 'tool';
  return 'other';
}

export function budgetFor(path: string, kind: PageKind): Budget {
  const b = BUDGETS[kind];
  if (kind !== 'tool') return b;
  const js = TOOL_PAGE_BUDGETS[path];
  if (js === undefined) throw new Error(`${path}: a tool page needs its budget in TOOL_PAGE_BUDGETS`);
  return { ...b, js, jsAll: js, html: TOOL_PAGE_HTML_BUDGETS[path] ?? b.html };
}

export const distDir = (root = process.cwd()) => join(root, 'dist');

/**
 * The site's own search interface (src/scripts/search/search.ts), loaded on demand and so outside
 * every page's first view; Pagefind's own pagefind.js, wasm and index come on top, also on demand.
 */
export const SEARCH_BUDGET = 8 * KB;

/** Gzip bytes of the search interface, found through the URL the home page's script loads it from. */
export function measureSearch(dist: string): { file: string; bytes: number } | undefined {
  // Named by the site script, which may be inline or a file of its own: look in the build's assets.
  const name = readdirSync(join(dist, '_astro')).find((f) => /^search-[\w-]+\.js$/.test(f));
  return name
    ? { file: `/_astro/${name}`, bytes: gzipSize(readFileSync(join(dist, '_astro', name))) }
    : undefined;
}
