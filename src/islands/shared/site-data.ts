import { siteHref } from './site-path';

/**
 * Reads a JSON file the build wrote beside a page: content an island needs in full only on a later
 * step, kept out of the page's HTML so the page does not carry it twice. The service worker
 * precaches it with the pages, so it is there offline too. Throws when it cannot be fetched or is
 * not what `decode` accepts, so the part waiting for it can offer to try again.
 */
export async function readSiteData<T>(path: string, decode: (json: unknown) => T | undefined): Promise<T> {
  // Revalidated like the page itself, so the two cannot come from different versions of the site.
  const response = await fetch(siteHref(path), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const value = decode(await response.json());
  if (value === undefined) throw new Error(`${path}: not what this page reads`);
  return value;
}
