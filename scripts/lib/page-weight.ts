import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileForPath } from './site-files.ts';

export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  jsFiles: string[];
  islands: number;
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Static imports of a built JS file (dynamic import() is loaded later, on demand, so left out). */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) found.add(m[1]);
  for (const m of code.matchAll(/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g)) found.add(m[1]);
  return [...found];
}

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
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gzipSize(m[1]);

  let inlineJs = 0;
  const entry = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = attr(m[0], 'type');
    if (type && !/module|javascript/.test(type)) continue;
    const src = attr(m[0], 'src');
    if (src) entry.add(src);
    else if (m[2].trim()) inlineJs += gzipSize(m[2]);
    if (!src) for (const imp of staticImports(m[2])) if (imp.startsWith('/')) entry.add(imp);
  }
  let islands = 0;
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    islands += 1;
    for (const name of ['component-url', 'renderer-url']) {
      const url = attr(m[0], name);
      if (url) entry.add(url.replace(/&amp;/g, '&'));
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const href = attr(m[0], 'href');
    if (href) entry.add(href);
  }

  const seen = new Set<string>();
  const queue = [...entry];
  let js = inlineJs;
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = fileForPath(dist, url);
    if (!file) continue;
    const code = readFileSync(file, 'utf8');
    js += gzipSize(code);
    const base = url.slice(0, url.lastIndexOf('/') + 1);
    for (const imp of staticImports(code)) {
      queue.push(imp.startsWith('/') ? imp : new URL(imp, `http://x${base}`).pathname);
    }
  }
  return { html: gzipSize(html), css, js, jsFiles: [...seen], islands };
}

export type PageKind = 'home' | 'chapter' | 'chapter-with-check' | 'tool' | 'other';

/** Budgets in gzip bytes per page kind; see the README. */
export const BUDGETS: Record<PageKind, { js: number; css: number; html: number }> = {
  home: { js: 1_536, css: 15_360, html: 61_440 },
  chapter: { js: 1_536, css: 15_360, html: 61_440 },
  'chapter-with-check': { js: 18_432, css: 15_360, html: 61_440 },
  tool: { js: 22_528, css: 15_360, html: 61_440 },
  other: { js: 1_536 * 2, css: 15_360, html: 61_440 },
};

export const TOOL_PAGE_BUDGETS: Record<string, number> = {
  '/vertrouwensquotient/': 22_528,
  '/scan/': 28_672,
  '/herstelplan/': 35_840,
};

export function kindOf(path: string, weight: PageWeight): PageKind {
  if (path === '/') return 'home';
  if (/^\/gids\/[^/]+\/$/.test(path)) return weight.islands > 0 ? 'chapter-with-check' : 'chapter';
  if (path in TOOL_PAGE_BUDGETS) return 'tool';
  return 'other';
}

export function budgetFor(path: string, kind: PageKind) {
  const b = BUDGETS[kind];
  return kind === 'tool' ? { ...b, js: TOOL_PAGE_BUDGETS[path] } : b;
}

export const distDir = (root = process.cwd()) => join(root, 'dist');
