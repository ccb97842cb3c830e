import { isSiteRootLink, normaliseBase, sitePath, siteUrl } from '../../../src/lib/core/site-path';

describe('site paths under a base', () => {
  it('normalises the base Astro hands over, with or without slashes', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/vertrouwenswijzer')).toBe('/vertrouwenswijzer/');
    expect(normaliseBase('vertrouwenswijzer/')).toBe('/vertrouwenswijzer/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
  });

  it('puts a page under the root base unchanged', () => {
    expect(sitePath('gids/', '/')).toBe('/gids/');
    expect(sitePath('/gids/x/#y', '/')).toBe('/gids/x/#y');
    expect(sitePath('', '/')).toBe('/');
  });

  it('puts a page under a path base, reading a leading slash as the site root', () => {
    expect(sitePath('gids/', '/vertrouwenswijzer/')).toBe('/vertrouwenswijzer/gids/');
    expect(sitePath('/gids/x/#y', '/vertrouwenswijzer')).toBe('/vertrouwenswijzer/gids/x/#y');
    expect(sitePath('/', '/vertrouwenswijzer/')).toBe('/vertrouwenswijzer/');
    expect(sitePath('herstelplan/#p=1.abc', '/a/b/')).toBe('/a/b/herstelplan/#p=1.abc');
  });

  it('makes absolute URLs on the site’s origin, whatever path the site URL has', () => {
    expect(siteUrl('scan/#x', '/vertrouwenswijzer/', 'https://intranet.example')).toBe(
      'https://intranet.example/vertrouwenswijzer/scan/#x',
    );
    expect(siteUrl('sitemap.xml', '/', new URL('https://vertrouwenswijzer.nl/'))).toBe(
      'https://vertrouwenswijzer.nl/sitemap.xml',
    );
  });

  it('recognises root-relative content links, not other URLs', () => {
    expect(isSiteRootLink('/gids/x/')).toBe(true);
    expect(isSiteRootLink('//cdn.example/x')).toBe(false);
    expect(isSiteRootLink('https://example.org/')).toBe(false);
    expect(isSiteRootLink('#anker')).toBe(false);
    expect(isSiteRootLink('mailto:a@b.nl')).toBe(false);
  });
});
