import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { precacheUrls, untilPrecached } from '../support/offline';
import { DIST } from '../support/site';
import { switchingServer } from '../support/switching-server';

// The site published twice on one origin: the first build (dist/), then a second build with
// changed content, served to the same browser.
test.use({ serviceWorkers: 'allow' });
// Serial: one worker, so the second build is made once (two Astro builds at once share .astro/).
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const PORT = 4431;
const OLD_TITLE = 'Vertrouwen op het werk: begrijpen, opbouwen, herstellen';
const NEW_TITLE = 'Vertrouwen op het werk: samen sterker';
let second: string;
let server: Awaited<ReturnType<typeof switchingServer>>;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  second = mkdtempSync(join(tmpdir(), 'vw-second-build-'));
  const env = {
    ...process.env,
    PATH: [join(process.cwd(), 'node_modules/.bin'), process.env.PATH].join(delimiter),
  };
  execSync(`astro build --outDir ${second}`, { env, stdio: 'pipe' });
  // An author's edit to the home page, as the next publication would carry.
  const home = join(second, 'index.html');
  const html = readFileSync(home, 'utf8');
  expect(html).toContain(OLD_TITLE);
  writeFileSync(home, html.replace(OLD_TITLE, NEW_TITLE));
  execSync(`pagefind --site ${second} && node scripts/build-sw.ts ${second}`, { env, stdio: 'pipe' });
  server = await switchingServer(PORT, DIST);
});

test.afterAll(async () => {
  await server?.close();
  if (second) rmSync(second, { recursive: true, force: true });
});

test('a new version: a quiet notice, the new content only once the visitor accepts, saved data intact', async ({
  page,
}) => {
  const h1 = page.locator('main h1');
  server.serve(DIST);
  await page.goto(`${server.url}/vertrouwensquotient/`);
  await untilPrecached(page, precacheUrls(DIST).length);
  await page.getByLabel('Over wie gaat het?').fill('Youssef');
  await page.getByLabel('een collega').check();
  await page.getByRole('slider', { name: 'Kans', exact: true }).fill('3');
  await page.getByRole('button', { name: 'Bewaar deze relatie', exact: true }).click();
  await expect(page.getByText('Youssef is bewaard.')).toBeVisible();
  const saved = await page.evaluate(() => ({ ...localStorage }));
  expect(Object.keys(saved)).toContain('vw:vertrouwensquotient');

  server.serve(second);
  await page.goto(`${server.url}/`);
  await expect(h1).toHaveText(OLD_TITLE);
  await page.evaluate(() => Object.assign(window, { samePageView: true }));
  const accept = page.getByRole('button', { name: 'Nu laden' });
  await expect(accept).toBeVisible({ timeout: 120_000 });
  await expect(
    page.getByRole('status').filter({ hasText: 'Er is een nieuwe versie van de Vertrouwenswijzer.' }),
  ).toBeVisible();

  // Nothing reloads by itself: the page view and its content stay until the visitor chooses.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => 'samePageView' in window)).toBe(true);
  await expect(h1).toHaveText(OLD_TITLE);

  // With the keyboard: the notice comes right after the footer.
  await page.locator('footer a').last().focus();
  await page.keyboard.press('Tab');
  await expect(accept).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Later' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');

  await expect(h1).toHaveText(NEW_TITLE);
  expect(await page.evaluate(() => 'samePageView' in window)).toBe(false);
  await expect(accept).toBeHidden();
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(saved);
  await page.goto(`${server.url}/vertrouwensquotient/`);
  await expect(page.getByLabel('Over wie gaat het?')).toHaveValue('Youssef');
});

test('"Later" puts the notice away without a reload, and focus stays on the page', async ({ page }) => {
  server.serve(DIST);
  await page.goto(`${server.url}/over/`);
  await untilPrecached(page, precacheUrls(DIST).length);
  server.serve(second);
  await page.goto(`${server.url}/over/`);
  await page.evaluate(() => Object.assign(window, { samePageView: true }));
  const later = page.getByRole('button', { name: 'Later' });
  await expect(later).toBeVisible({ timeout: 120_000 });
  await later.focus();
  await page.keyboard.press('Enter');
  await expect(later).toBeHidden();
  await expect(page.locator('#main')).toBeFocused();
  expect(await page.evaluate(() => 'samePageView' in window)).toBe(true);
});
