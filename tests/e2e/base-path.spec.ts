import { expect, test as base } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { sitemapPaths } from '../../scripts/lib/site-files.ts';
import { precacheUrls, untilPrecached } from '../support/offline';
import { siteBuild } from '../support/site';
import { answerSituation, noConcerns, startPlan } from '../support/plan-journey';

// The base-path project only (playwright.config.ts): the site built with BASE_PATH (npm run
// build:base) and served under that path on a host with nothing else. Paths here are relative to
// the base, so `page.goto('scan/')` opens /vertrouwenswijzer/scan/.

/** Every request a page makes must stay under the base and succeed; a test lists the 404s it expects. */
const test = base.extend<{ expectedMissing: Set<string> }>({
  expectedMissing: [
    async ({ page, baseURL }, use) => {
      const under = new URL(baseURL!).href;
      const expected = new Set<string>();
      const problems: string[] = [];
      page.on('response', (r) => {
        const url = r.url();
        if (!/^https?:/.test(url)) return;
        if (!url.startsWith(under)) problems.push(`outside ${under}: ${url}`);
        else if (r.status() >= 400 && !expected.has(url)) problems.push(`${r.status()}: ${url}`);
      });
      page.on('requestfailed', (r) => {
        // A navigation cancels what the page was still fetching: not a missing file.
        if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()}`);
      });
      await use(expected);
      expect(problems, 'requests outside the base or failing').toEqual([]);
    },
    { auto: true },
  ],
});

const underBase = () => new RegExp(`^${siteBuild().base.replace(/\//g, '\\/')}`);
const pathOf = (url: string) => new URL(url).pathname;

test('every sitemap page loads under the base, with every file it asks for', async ({ page }) => {
  const { dist, base: path } = siteBuild();
  const pages = sitemapPaths(dist);
  test.setTimeout(30_000 + pages.length * 3_000);
  expect(pages.length).toBeGreaterThan(20);
  for (const p of pages) {
    expect(p, 'sitemap entry under the base').toMatch(new RegExp(`^${path}`));
    const response = await page.goto(p);
    expect(response?.status(), p).toBe(200);
  }
});

test('an unknown page gets the 404 page, styled and working under the base', async ({
  page,
  baseURL,
  expectedMissing,
}) => {
  expectedMissing.add(new URL('bestaat-niet/', baseURL).href);
  const response = await page.goto('bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main').getByRole('searchbox')).toBeVisible();
  await page.locator('main').getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(page).toHaveURL(baseURL!);
});

test('home → chapter → search result, all under the base', async ({ page }) => {
  await page.goto('');
  await page.locator('main a[href*="/gids/"]').first().click();
  await expect(page).toHaveURL(/\/gids\/[a-z-]+\/$/);
  expect(pathOf(page.url())).toMatch(underBase());
  await expect(page.locator('main h1')).toBeVisible();

  await page.getByRole('link', { name: 'Zoeken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Zoeken in de gids' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('herstelde');
  const hit = dialog.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link').first();
  // Pagefind's index and wasm come from under the base too; slow on a busy machine.
  await expect(hit).toBeVisible({ timeout: 20_000 });
  expect(pathOf(new URL((await hit.getAttribute('href'))!, page.url()).href)).toMatch(underBase());
  await hit.click();
  await expect(page).toHaveURL(/\/gids\/[a-z-]+\/(#.*)?$/);
  expect(pathOf(page.url())).toMatch(underBase());
});

test('the scan starts under the base', async ({ page }) => {
  await page.goto('scan/');
  await page
    .getByRole('button', { name: /^Begin met / })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Volgende' })).toBeVisible();
});

test('the plan builder starts, and a trainer’s plan link opens it under the base', async ({ page }) => {
  await page.goto('herstelplan/');
  await page.getByRole('button', { name: 'Begin een nieuw plan' }).click();
  await expect(page.getByRole('heading', { name: /Stap 1 van 5/ })).toBeVisible();

  await page.goto('voor-trainers/');
  const planLink = page.locator('a[href*="herstelplan/#vanuit-scan="]').first();
  const href = (await planLink.getAttribute('href'))!;
  expect(href).toMatch(underBase());
  await page.goto(href);
  await expect(page.getByText(/^Je komt van de scan /)).toBeVisible();
});

test('the plan builder’s proposal reads its action catalogue under the base, and links under it', async ({
  page,
}) => {
  await startPlan(page, 'herstelplan/');
  await noConcerns(page);
  await answerSituation(page);
  await page.getByRole('button', { name: 'Bekijk het voorstel' }).click();
  const action = page.locator('.step--proposal .action').first();
  await expect(action).toBeVisible();
  for (const link of await action.getByRole('link').all())
    expect(await link.getAttribute('href')).toMatch(underBase());
});

test('the calculator’s share link carries the base and opens the shared case', async ({ page, baseURL }) => {
  await page.goto('vertrouwensquotient/');
  await expect(page.getByRole('button', { name: 'Nieuwe relatie' })).toBeEnabled();
  await page.getByLabel('Over wie gaat het?').fill('Youssef');
  await page.getByLabel('een collega').check();
  await page.getByRole('button', { name: 'Bewaar deze relatie', exact: true }).click();
  await page.getByRole('button', { name: 'Link naar de vergelijking' }).click();
  const link = await page.getByLabel('Link om te delen').inputValue();
  expect(link).toMatch(new RegExp(`^${new URL('vertrouwensquotient/', baseURL).href}#relaties=1\\.`));
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Gedeelde relaties' })).toBeVisible();
});

test('QR codes and copy links on the trainer page point under the base', async ({ page }) => {
  const { base: path } = siteBuild();
  await page.goto('voor-trainers/');
  const urls = [
    ...(await page.locator('[data-qr]').evaluateAll((els) => els.map((e) => e.getAttribute('data-qr')!))),
    ...(await page.locator('[data-copy]').evaluateAll((els) => els.map((e) => e.getAttribute('data-copy')!))),
  ];
  expect(urls.length).toBeGreaterThan(10);
  expect(urls.filter((u) => !pathOf(u).startsWith(path))).toEqual([]);

  // What a phone reads from the printed code, not only the attribute beside it.
  const qr = page.locator('[data-qr]').first();
  const png = PNG.sync.read(await qr.locator('svg').screenshot());
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(read?.data).toBe(await qr.getAttribute('data-qr'));
  expect(pathOf(read!.data)).toMatch(new RegExp(`^${path}`));
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the service worker takes the base as its scope, precaches under it and falls back to its offline page', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const { dist } = siteBuild();
    await page.goto('');
    const cached = await untilPrecached(page, precacheUrls(dist).length);
    expect(cached.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(baseURL);

    await context.setOffline(true);
    await page.goto('gids/bestaat-niet/');
    await expect(page.getByRole('heading', { level: 1, name: 'Je bent offline' })).toBeVisible();
    await page.locator('main').getByRole('link', { name: 'Vertrouwen herstellen' }).click();
    await expect(page).toHaveURL(new URL('gids/vertrouwen-herstellen/', baseURL).href);
    await expect(page.getByRole('heading', { level: 1, name: 'Vertrouwen herstellen' })).toBeVisible();
  });
});
