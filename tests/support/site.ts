import { test, type Locator, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, sitemapPaths } from '../../scripts/lib/site-files.ts';
import { at } from './must';

export const DIST = join(process.cwd(), 'dist');

/** The build a test's project serves: `dist/` at the root, or the copy under a path (playwright.config.ts). */
export function siteBuild(): { dist: string; base: string } {
  const { dist = 'dist', base = '/' } = test.info().project.metadata as { dist?: string; base?: string };
  return { dist: join(process.cwd(), dist), base };
}

/** Every URL path in the built sitemap: the pages the a11y and link tests walk. */
export const sitemap = () => sitemapPaths(DIST);
/** Chapter URLs in reading order (the file names' numbers), as the site lists them. */
export const chapterPaths = () =>
  readdirSync(join(process.cwd(), 'content/chapters'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => `/gids/${f.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`);
/** The URL of chapter `index` in reading order (0 is the first), or an error if there are fewer. */
export const chapterPath = (index: number) => at(chapterPaths(), index, 'chapter');
export const builtPages = () => listPages(DIST);

/**
 * Waits until the page's islands have taken over the server HTML (Astro drops their `ssr`
 * attribute), so keys pressed straight after loading reach them. Islands that wait to be
 * scrolled into view are not waited for.
 */
export async function islandsReady(page: Page) {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]:not([client="visible"])'));
}

/**
 * Waits until a component the browser starts itself when it nears the screen (LazyIsland.astro:
 * a knowledge check, chapter 2's compact calculator) has taken over its server HTML in `within`.
 */
export async function lazyIslandReady(within: Locator) {
  await within.locator('[data-lazy-island][data-ready]').waitFor({ state: 'attached' });
}
