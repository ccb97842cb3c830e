// What the service worker precaches, and under which URLs. Kept apart from the build step so the
// rules can be tested without building.
import { sitePath } from '../../src/lib/core/site-path.ts';

/** Files a first visit downloads in the background, relative to the built site. */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,svg,png,json,xml,txt,webmanifest}', 'pagefind/**/*'];

export const PRECACHE_IGNORES = [
  // The host answers unknown URLs with it online; offline the worker has its own page.
  '404.html',
  'sw.js',
  // Pagefind bundles the site does not load (it uses pagefind-ui.* only).
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
  'pagefind/wasm.unknown.pagefind',
];

/**
 * The URL a page is asked for by, from its file: `gids/x/index.html` → `<base>gids/x/`, because
 * pages are linked with a trailing slash and some hosts redirect `…/index.html`, which a precache
 * cannot store. Everything gets the site's base, so a copy under a path caches its own files.
 */
export function precacheUrl(file: string, base: string): string {
  const path = file.replace(/^\.?\//, '').replace(/(^|\/)index\.html$/, '$1');
  return sitePath(path, base);
}

/** Pagefind adds `?ts=<now>` to its entry file; without ignoring it, search fails offline. */
export const IGNORED_URL_PARAMETERS = [/^ts$/, /^utm_/, /^fbclid$/];
