// The last build step, after Pagefind: writes <dist>/sw.js, a Workbox service worker that
// precaches the whole site. Usage: node scripts/build-sw.ts [dist directory, default dist].
// The site's base comes from the manifest Astro built (its scope is Astro's `base`), so the worker
// follows the same configuration as the pages.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSW } from 'workbox-build';
import { IGNORED_URL_PARAMETERS, PRECACHE_IGNORES, PRECACHE_PATTERNS, precacheUrl } from './lib/precache.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { scope?: string };
const base = manifest.scope;
if (!base?.startsWith('/') || !base.endsWith('/')) {
  console.error(
    `build-sw: ${dist}/manifest.webmanifest has no scope like "/" or "/path/"; run astro build first.`,
  );
  process.exit(2);
}
const offlinePage = precacheUrl('offline/index.html', base);

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: PRECACHE_PATTERNS,
  globIgnores: PRECACHE_IGNORES,
  swDest: join(dist, 'sw.js'),
  manifestTransforms: [
    async (entries) => ({
      manifest: entries.map((e) => ({ ...e, url: precacheUrl(e.url, base) })),
      warnings: [],
    }),
  ],
  // Astro's hashed files change name when they change: no revision needed.
  dontCacheBustURLsMatching: /\/_astro\//,
  ignoreURLParametersMatching: IGNORED_URL_PARAMETERS,
  // A new version waits until the visitor accepts it in the page (src/scripts/offline/).
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  runtimeCaching: [
    {
      // Pages not precached go to the network; only when that fails, the offline page answers.
      // Other origins are never matched, so nothing of theirs is cached.
      urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: offlinePage } },
    },
  ],
});

for (const w of warnings) console.warn(`build-sw: ${w}`);
console.log(`sw.js: precaches ${count} files, ${(size / 1024).toFixed(0)} KiB, under ${base}`);
