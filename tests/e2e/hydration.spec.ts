import { expect, test, type Locator } from '@playwright/test';
import { islandsReady, lazyIslandReady } from '../support/site';
import { TOOL_PAGE_BUDGETS } from '../../scripts/lib/page-weight.ts';

const TOOLS = Object.keys(TOOL_PAGE_BUDGETS);

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

// A tool that starts must not push the page about: what the server renders takes the room the
// running tool takes (for a first visit), so the layout shift stays under 0.1 ("good") on a phone.
for (const path of TOOLS) {
  test(`${path} does not jump when it starts on a phone`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>)
          if (!e.hadRecentInput) w.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await islandsReady(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.1);
  });
}

// Components the browser starts itself (LazyIsland.astro): nothing of them on first view.
const LAZY = [
  {
    what: 'its knowledge check',
    path: '/gids/wat-is-vertrouwen/',
    region: 'Kennischeck',
    starter: /knowledge-check/,
    works: async (check: Locator) => {
      await expect(check.getByRole('button', { name: /Controleer/ }).first()).toBeEnabled();
    },
  },
  {
    what: 'the compact calculator',
    path: '/gids/het-vertrouwensquotient/',
    region: /probeer het zelf/,
    starter: /quotient-mini/,
    // The scale came from the server and stays; the marker follows the sliders.
    works: async (mini: Locator) => {
      await expect(mini.getByRole('img', { name: /Quotiënt 21/ }).locator('.qbar__marker')).toBeAttached();
      await mini.getByRole('slider', { name: 'Impact als het misgaat' }).fill('3');
      await expect(mini.getByRole('img', { name: /Quotiënt 36/ }).locator('.qbar__marker')).toBeAttached();
    },
  },
];
for (const { what, path, region, starter, works } of LAZY) {
  test(`${path} loads ${what} only when it comes into view, and it then works`, async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') loaded.push(new URL(r.url()).pathname);
    });
    await page.goto(path);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    const before = loaded.length;
    expect(
      loaded.filter((url) => /knowledge-check|quotient-mini|preact/i.test(url)),
      'before scrolling',
    ).toEqual([]);

    const component = page.getByRole('region', { name: region });
    await component.scrollIntoViewIfNeeded();
    await lazyIslandReady(component);
    expect(loaded.length).toBeGreaterThan(before);
    expect(loaded.some((url) => starter.test(url))).toBe(true);
    await works(component);
  });
}
