import { sitePath } from '../../lib/core/site-path';

/**
 * A path on this site under the base it was built for: Vite writes `import.meta.env.BASE_URL` in at
 * build time, so pages, components and islands all link the same way. Paths name the page from the
 * site's root: siteHref('gids/') → '/gids/' or '/vertrouwenswijzer/gids/'.
 */
export const siteHref = (path: string): string => sitePath(path, import.meta.env.BASE_URL);
