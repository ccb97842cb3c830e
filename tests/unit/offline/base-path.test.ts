import { precacheUrl } from '../../../scripts/lib/precache';
import { webManifest } from '../../../src/lib/offline/web-manifest';

const texts = {
  name: 'Vertrouwenswijzer: vertrouwen op het werk',
  shortName: 'Vertrouwenswijzer',
  description: 'Een gids.',
};
const colours = { theme: '#fbfaf7', background: '#fbfaf7' };

describe.each(['/', '/vertrouwenswijzer/'])('under the base %s', (base) => {
  it('the manifest keeps every URL inside the base', () => {
    const m = webManifest(base, texts, colours);
    expect([m.id, m.start_url, m.scope]).toEqual([base, base, base]);
    for (const icon of m.icons) expect(icon.src.startsWith(base), icon.src).toBe(true);
    expect(m.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
      expect.arrayContaining(['192x192 maskable', '512x512 maskable', '192x192 any', '512x512 any']),
    );
  });

  it('precaches pages under the URLs they are linked by', () => {
    expect(precacheUrl('index.html', base)).toBe(base);
    expect(precacheUrl('gids/wat-is-vertrouwen/index.html', base)).toBe(`${base}gids/wat-is-vertrouwen/`);
    expect(precacheUrl('_astro/site.B1uS.js', base)).toBe(`${base}_astro/site.B1uS.js`);
    expect(precacheUrl('pagefind/pagefind-entry.json', base)).toBe(`${base}pagefind/pagefind-entry.json`);
    // Only a file named exactly index.html is a page's own file.
    expect(precacheUrl('gids/not-index.html', base)).toBe(`${base}gids/not-index.html`);
  });
});
