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

test('a chapter loads its knowledge check only when it comes into view, and the check then works', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') loaded.push(new URL(r.url()).pathname);
  });
  await page.goto('/gids/wat-is-vertrouwen/');
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  const before = loaded.length;
  expect(
    loaded.filter((url) => /knowledge-check|preact/i.test(url)),
    'before scrolling',
  ).toEqual([]);

  const check = page.getByRole('region', { name: 'Kennischeck' });
  await check.scrollIntoViewIfNeeded();
  await expect(check.getByRole('button', { name: /Controleer/ }).first()).toBeVisible();
  expect(loaded.length).toBeGreaterThan(before);
  expect(loaded.some((url) => /knowledge-check/.test(url))).toBe(true);
});
