import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, sitemapPaths } from '../../scripts/lib/site-files.ts';

export const DIST = join(process.cwd(), 'dist');

/** Every URL path in the built sitemap: the pages the a11y and link tests walk. */
export const sitemap = () => sitemapPaths(DIST);
/** Chapter URLs in reading order (the file names' numbers), as the site lists them. */
export const chapterPaths = () =>
  readdirSync(join(process.cwd(), 'content/chapters'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => `/gids/${f.replace(/^\d+-/, '').replace(/\.mdx$/, '')}/`);
export const builtPages = () => listPages(DIST);
