import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  budgetFor,
  kindOf,
  measurePage,
  measureSearch,
  SEARCH_BUDGET,
  TOOL_PAGE_HTML_BUDGETS,
} from '../../scripts/lib/page-weight.ts';
import { fileForPath } from '../../scripts/lib/site-files.ts';
import { builtPages, DIST } from '../support/site';

// The same numbers `npm run size` prints, held to the budgets in scripts/lib/page-weight.ts.
for (const page of builtPages()) {
  test(`budget ${page.path}`, () => {
    const w = measurePage(DIST, page.file);
    const b = budgetFor(page.path, kindOf(page.path, w));
    expect.soft(w.js, `JS gzip bytes on first view of ${page.path}`).toBeLessThanOrEqual(b.js);
    expect
      .soft(w.jsAll, `JS gzip bytes with all islands loaded on ${page.path}`)
      .toBeLessThanOrEqual(b.jsAll);
    expect.soft(w.css, `CSS gzip bytes on ${page.path}`).toBeLessThanOrEqual(b.css);
    expect.soft(w.html, `HTML gzip bytes on ${page.path}`).toBeLessThanOrEqual(b.html);
  });
}

// A page's own HTML budget holds only if the page is built under that path and is a tool page.
test('every page with an HTML budget of its own is built and held to it', () => {
  const pages = new Map(builtPages().map((p) => [p.path, p]));
  for (const [path, html] of Object.entries(TOOL_PAGE_HTML_BUDGETS)) {
    const page = pages.get(path);
    expect(page, `${path} is built`).toBeDefined();
    const w = measurePage(DIST, page!.file);
    expect(budgetFor(path, kindOf(path, w)).html, `HTML budget of ${path}`).toBe(html);
    expect(w.html, `HTML gzip bytes of ${path}`).toBeLessThanOrEqual(html);
  }
});

test('search code is not part of any first view', () => {
  for (const page of builtPages()) {
    const w = measurePage(DIST, page.file);
    expect(
      w.jsFiles.filter((f) => f.includes('pagefind')),
      page.path,
    ).toEqual([]);
  }
});

test('the search interface, loaded on demand, stays within its budget', () => {
  const search = measureSearch(DIST);
  expect(search, 'the home page names the search script').toBeDefined();
  expect(search!.bytes, `${search!.file} gzip bytes`).toBeLessThanOrEqual(SEARCH_BUDGET);
});

// Styles come with the pages that use them: the quotient scale's (2.4 KB) only where a scale is shown.
test('the quotient scale styles load on the pages that show a scale, and only there', () => {
  const showing: string[] = [];
  const styled: string[] = [];
  for (const page of builtPages()) {
    const html = readFileSync(page.file, 'utf8');
    if (/class="qbar"/.test(html)) showing.push(page.path);
    const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    const css = sheets.map((href) => readFileSync(fileForPath(DIST, href)!, 'utf8')).join('');
    if (/\.qbar\b/.test(css + (html.match(/<style\b[\s\S]*?<\/style>/g)?.join('') ?? '')))
      styled.push(page.path);
  }
  expect(showing).toContain('/gids/het-vertrouwensquotient/');
  expect(styled).toEqual(showing);
});
