import { expect, test } from '@playwright/test';
import { islandsReady } from '../support/site';

const TOOLS = [
  '/vertrouwensquotient/',
  '/scan/',
  '/herstelplan/',
  '/groepssessie/',
  '/mijn-gegevens/',
  '/mijn-voortgang/',
];

// Every module a tool needs to start must be named by its HTML (a script, an island or a
// modulepreload link), so the browser asks for all of them at once after the HTML: two round trips,
// not one for every level of imports.
for (const path of TOOLS) {
  test(`${path} names every module its islands need to start`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    // Scripts, islands and preload links.
    const named = new Set(
      [...html.matchAll(/["`](\/[^"`]+\.js)["`]/g)].map((m) => m[1]!.replace(/&amp;/g, '&')),
    );
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') loaded.push(new URL(r.url()).pathname);
    });
    // Idle work (the service worker's starter) is held back: only what the islands need to start.
    await page.addInitScript(() => (window.requestIdleCallback = () => 0));
    await page.goto(path);
    await islandsReady(page);
    expect(loaded.length, 'modules loaded before the tool started').toBeGreaterThan(3);
    expect(loaded.filter((url) => !named.has(url))).toEqual([]);
  });
}

test('a chapter names no module of its knowledge check before it is in view', async ({ page, request }) => {
  const html = await (await request.get('/gids/wat-is-vertrouwen/')).text();
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!);
  const island = /<astro-island\b[^>]*component-url="([^"]+)"/.exec(html);
  expect(island, 'the chapter has its knowledge check').not.toBeNull();
  expect(preloaded).not.toContain(island![1]);
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') loaded.push(new URL(r.url()).pathname);
  });
  await page.goto('/gids/wat-is-vertrouwen/');
  await page.waitForLoadState('load');
  expect(loaded).not.toContain(island![1]);
});
