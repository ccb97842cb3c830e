// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkContentRefs } from './src/markdown/remark-content-refs.ts';
import { rehypeHeadings } from './src/markdown/rehype-headings.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://vertrouwenswijzer.nl',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    preact(),
    sitemap(),
  ],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkContentRefs],
      rehypePlugins: [rehypeHeadings],
    }),
  },
  build: {
    // Small stylesheets are inlined: one request less on every page.
    inlineStylesheets: 'auto',
  },
});
