import { expect, test } from '@playwright/test';
import { chapterPath, chapterPaths } from '../support/site';

test.use({ javaScriptEnabled: false });

// A chapter is complete without JavaScript: text, chapter navigation and table of contents.
for (const path of chapterPaths()) {
  test(`reads without JS: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const words = (await page.locator('article').innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(1000);

    // Chapter list: collapsed on phones, opens without JavaScript.
    const nav = page.locator('details.chapter-nav');
    await nav.locator('summary').click();
    await expect(nav.locator('a[aria-current="page"]')).toBeVisible();
    expect(await nav.getByRole('link').count()).toBeGreaterThanOrEqual(2);

    // Table of contents: opens, and its links point at headings on the page.
    const toc = page.locator('details.toc-inline');
    await toc.locator('summary').click();
    const first = toc.getByRole('link').first();
    await expect(first).toBeVisible();
    const href = await first.getAttribute('href');
    await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);

    // Knowledge check: questions readable, answers behind a disclosure.
    await expect(page.getByText('Toon antwoorden en uitleg').first()).toBeVisible();
  });
}

test('without JS, controls that need it are hidden and search falls back to a page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: /Thema/ })).toBeHidden();
  await page.getByRole('link', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL('/zoeken/');
  await expect(page.getByText(/Zoeken werkt met JavaScript/)).toBeVisible();
});

test('desktop shows the chapter list open without JS', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(chapterPath(0));
  await expect(page.locator('.chapter-nav a[aria-current="page"]')).toBeVisible();
});

test('without JS, the header menu opens and holds the main links', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  await page.locator('.site-menu > summary').click();
  const menu = page.getByRole('navigation', { name: 'Menu', exact: true });
  for (const name of ['Gids', 'Begrippen', 'Bronnen', 'Vertrouwensscan', 'Mijn gegevens']) {
    await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

// The tools need JavaScript, but their pages still say what they are, how they work and where to go.
test('without JS, the tool pages explain themselves', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/scan/');
  await expect(page.locator('.lead')).toBeVisible();
  await page.getByText('Een spiegel, geen test').click();
  await expect(page.getByText(/geen gevalideerde vragenlijst/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'De stellingen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zo werkt de score' })).toBeVisible();

  await page.goto('/herstelplan/');
  await expect(page.locator('.lead')).toBeVisible();
  await expect(page.getByText(/Voor de planbouwer heb je JavaScript nodig/)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^In \w+ stappen$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Alle acties waaruit het plan kiest' })).toBeVisible();

  await page.goto('/vertrouwensquotient/');
  await expect(page.getByText(/De rekenhulp werkt met JavaScript/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zo rekent het model' })).toBeVisible();
});
