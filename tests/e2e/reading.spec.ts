import { expect, test } from '@playwright/test';
import { at } from '../support/must';
import { chapterPath, chapterPaths } from '../support/site';

test('home → first chapter → next chapter', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Vertrouwenswijzer/);
  await page.locator('[data-chapter-list] a').first().click();
  await expect(page).toHaveURL(chapterPath(0));
  const firstTitle = await page.locator('h1').innerText();
  await page.getByRole('link', { name: /Volgend hoofdstuk/ }).click();
  await expect(page).toHaveURL(chapterPath(1));
  await expect(page.locator('h1')).not.toHaveText(firstTitle);
  await expect(page.getByRole('link', { name: /Vorig hoofdstuk/ })).toHaveAttribute('href', chapterPath(0));
});

test('a section deep link lands on its heading, fully visible below the sticky header', async ({ page }) => {
  const path = chapterPath(1);
  await page.goto(path);
  // A heading well down the page, so the browser has to scroll to it.
  const ids = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
  const target = at(ids, Math.floor(ids.length / 2), 'h2 with an id');
  await page.goto(`${path}#${target}`);
  const heading = page.locator(`[id="${target}"]`);
  await expect(heading).toBeInViewport();
  const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  const box = await heading.evaluate((el) => el.getBoundingClientRect().toJSON());
  expect(box.top).toBeGreaterThanOrEqual(headerBottom);
});

test('every heading has a keyboard-reachable link to itself that copies the URL', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const path = chapterPath(0);
  await page.goto(path);
  const h2s = await page.locator('article h2').count();
  expect(await page.locator('article .heading-wrap--h2 .heading-link').count()).toBe(h2s);
  const link = page.locator('article .heading-link').nth(1);
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  const href = await link.getAttribute('href');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`${path}${href}`);
  await expect(page.locator('#announcer')).toHaveText('Link gekopieerd');
});

test('search finds a chapter by an inflected Dutch word, loaded only when opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(chapterPath(0));
  expect(requested.filter((u) => u.includes('pagefind'))).toEqual([]);
  await page.getByRole('link', { name: 'Zoeken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Zoeken in de gids' });
  await expect(dialog).toBeVisible();
  // "herstelde" is not in the text as such; Dutch stemming matches it to "herstellen".
  await dialog.getByRole('searchbox').fill('herstelde');
  await expect(dialog.locator('.search__page').first()).toBeVisible();
  await expect(dialog.locator('.search__page', { hasText: 'Vertrouwen herstellen' }).first()).toBeVisible();
  // Only Pagefind's API and index came: not its ready-made interface.
  expect(requested.filter((u) => /pagefind-(component-|modular-)?ui/.test(u))).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the theme choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  // The theme switch sits in the header's menu.
  const menu = page.locator('.site-menu > summary');
  await menu.click();
  const toggle = page.getByRole('button', { name: /Thema/ });
  await expect(toggle).toHaveText(/automatisch/);
  await toggle.click(); // → licht
  await toggle.click(); // → donker
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await bg();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await menu.click();
  await expect(toggle).toHaveText(/donker/);
  expect(await bg()).toBe(dark);
  await toggle.click(); // → automatisch: follows the system again
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('unknown pages get the Dutch 404 with search and the chapter list', async ({ page }) => {
  const response = await page.goto('/gids/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Deze pagina bestaat niet');
  await expect(page.locator('[data-chapter-list] a')).toHaveCount(chapterPaths().length);
  await expect(page.locator('main').getByRole('searchbox')).toBeVisible();
});

test('a chapter prints on A4 without site chrome, with its sources', async ({ page }) => {
  await page.goto(chapterPath(0));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('.chapter-sources')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(chapterPath(0));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every page has a title, description, canonical URL and Open Graph tags', async ({ page }) => {
  for (const path of ['/', chapterPath(0), '/bronnen/']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    expect(await page.title()).toMatch(/Vertrouwenswijzer/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`${path}$`));
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
  }
});
