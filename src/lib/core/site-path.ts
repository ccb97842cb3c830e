/**
 * The one place a URL path on this site is joined to the base it is published under ("/" or
 * "/path/", Astro's `base`), so a copy under a path links to itself and never to the host's root.
 */

/** The base as "/" or "/path/": Astro hands it over with or without its final slash. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A site path under the base: sitePath('scan/', '/vw/') → '/vw/scan/'. A leading slash in `path`
 * means the site's root, not the host's, so '/gids/x/#y' and 'gids/x/#y' are the same page.
 */
export function sitePath(path: string, base: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** An absolute URL for links that leave the site (share links, QR codes, exports, sitemap). */
export function siteUrl(path: string, base: string, site: string | URL): string {
  return new URL(sitePath(path, base), site).href;
}

/**
 * A link in content (Markdown, YAML) that means a page of this site: root-relative, not
 * protocol-relative ("//host"). Those get the base; everything else is left as written.
 */
export function isSiteRootLink(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}
