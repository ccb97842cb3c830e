import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { sitemap } from '../support/site';

// What a browser needs to offer installing the site: a linked manifest with every required field,
// and icons that exist and are the size they claim.
test('every page links a valid web app manifest whose icons decode at their stated size', async ({
  request,
}) => {
  const hrefs = new Set<string>();
  for (const path of sitemap()) {
    const html = await (await request.get(path)).text();
    hrefs.add(html.match(/<link rel="manifest" href="([^"]+)"/)?.[1] ?? `none on ${path}`);
  }
  expect([...hrefs]).toEqual(['/manifest.webmanifest']);

  const response = await request.get('/manifest.webmanifest');
  expect(response.ok()).toBe(true);
  const m = await response.json();
  expect(m).toMatchObject({ lang: 'nl', display: 'standalone', start_url: '/', scope: '/' });
  for (const field of ['name', 'short_name', 'description'])
    expect(typeof m[field] === 'string' && m[field].trim().length > 0, field).toBe(true);
  expect(m.short_name.length, 'short name fits under an icon').toBeLessThanOrEqual(18);
  expect(m.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(m.background_color).toMatch(/^#[0-9a-f]{6}$/i);

  const icons = m.icons as Array<{ src: string; sizes: string; type: string; purpose: string }>;
  for (const size of [192, 512]) {
    for (const purpose of ['any', 'maskable']) {
      expect(
        icons.some((i) => i.sizes === `${size}x${size}` && i.type === 'image/png' && i.purpose === purpose),
        `${purpose} ${size} px PNG`,
      ).toBe(true);
    }
  }
  for (const icon of icons) {
    const file = await request.get(icon.src);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()['content-type'], icon.src).toContain(icon.type);
    const body = await file.body();
    if (icon.type === 'image/png') {
      const png = PNG.sync.read(body);
      expect(`${png.width}x${png.height}`, icon.src).toBe(icon.sizes);
      // A maskable icon is full bleed: launchers cut its corners, so they may not be transparent.
      if (icon.purpose === 'maskable') expect(png.data[3], `${icon.src} corner alpha`).toBe(255);
    } else {
      expect(body.toString('utf8'), icon.src).toMatch(/^<svg\b[^>]*viewBox=/);
    }
  }
});
