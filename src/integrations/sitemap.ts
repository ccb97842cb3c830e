import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { siteUrl } from '../lib/core/site-path';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes dist/sitemap.xml from the pages Astro built: one file, every public page, no 404. */
export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'vw-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) throw new Error('sitemap: set `site` in astro.config.mjs');
        const siteRoot = site;
        const urls = pages
          .map((p) => p.pathname)
          .filter((path) => !/^404\/?$/.test(path))
          .sort()
          .map((path) => `  <url><loc>${escapeXml(siteUrl(path, base, siteRoot))}</loc></url>`);
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
        await writeFile(new URL('sitemap.xml', dir), xml);
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}
