import { sitePath } from '../../lib/core/site-path';

/**
 * A path on this site under the base it was built for: Vite writes `import.meta.env.BASE_URL` in at
 * build time, so pages, components and islands all link the same way. Paths name the page from the
 * site's root: siteHref('gids/') → '/gids/' or '/vertrouwenswijzer/gids/'.
 */
export const siteHref = (path: string): string => sitePath(path, import.meta.env.BASE_URL);

/**
 * A site path as printed on paper, at the site's public address and without the scheme:
 * printedAddress('/vertrouwenswijzer/herstelplan/') → 'intranet.example/vertrouwenswijzer/herstelplan/'.
 * Outside Astro (unit tests) the page's own origin stands in for the site.
 */
export function printedAddress(path: string): string {
  const url = new URL(path, import.meta.env.SITE ?? location.origin);
  return `${url.host}${url.pathname}${url.hash}`;
}
