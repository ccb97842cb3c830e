// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { remarkContentRefs } from './src/markdown/remark-content-refs.ts';
import { rehypeHeadings } from './src/markdown/rehype-headings.ts';
import { rehypeSiteLinks } from './src/markdown/rehype-site-links.ts';
import { chunkUrl } from './src/integrations/chunk-url.ts';
import { islandPreload } from './src/integrations/island-preload.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { THEME_SCRIPT } from './src/lib/core/theme-script.ts';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

// Where the guide is published: `BASE_PATH=/pad/ SITE_URL=https://host npm run build` (README).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://vertrouwenswijzer.nl',
  base,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // Preact's Vite preset runs Babel over every matching file to compile JSX; only .tsx has JSX.
    // Limiting it to those leaves the output byte-identical and saves a fifth of the build's CPU.
    preact({ include: [/\.tsx$/] }),
    chunkUrl(),
    islandPreload(),
    sitemap(),
  ],
  markdown: {
    // The guide has no code blocks; Shiki would only cost build time (and its inline styles would
    // clash with the style policy).
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkContentRefs],
      rehypePlugins: [rehypeHeadings, [rehypeSiteLinks, { base }]],
    }),
  },
  security: {
    // A strict policy on every page (a <meta> Astro writes with the hashes of what it emits): scripts
    // only from the site or by hash, nothing from another origin. Pagefind compiles its wasm, hence
    // 'wasm-unsafe-eval' (not 'unsafe-eval'); style attributes carry a few custom properties.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(THEME_SCRIPT)] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  build: {
    // Small stylesheets are inlined: one request less on every page.
    inlineStylesheets: 'auto',
  },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Every island needs Preact, its hooks and its JSX runtime: one chunk instead of three.
          codeSplitting: { groups: [{ name: 'preact', test: /[\\/]node_modules[\\/]preact[\\/]/ }] },
        },
      },
    },
  },
});
