import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, test, type Locator } from '@playwright/test';
import { chapterPath, chapterPaths } from '../support/site';

async function decodeQr(figure: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await figure.locator('svg').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

test('trainer page: copy a section link, open the handout, print it on at most two A4 pages', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/voor-trainers/');
  const first = chapterPath(0);
  const kit = page.locator('section.kit').first();
  await expect(kit.getByRole('heading', { level: 2 })).toContainText('1.');
  await expect(kit.getByRole('heading', { name: 'Gespreksvragen' })).toBeVisible();
  await expect(kit.getByRole('heading', { name: /^Oefening:/ })).toBeVisible();

  await kit.getByText(/Links naar de \d+ secties/).click();
  const sectionButton = kit.locator('.kit__sections button[data-copy]').first();
  const expected = await sectionButton.getAttribute('data-copy');
  expect(expected).toMatch(new RegExp(`${first}#[a-z0-9-]+$`));
  await sectionButton.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  // The copied link lands on its section on this site.
  await page.goto(`${new URL(expected!).pathname}${new URL(expected!).hash}`);
  await expect(page.locator(`[id="${new URL(expected!).hash.slice(1)}"]`)).toBeInViewport();

  await page.goto('/voor-trainers/');
  await page.locator('section.kit').first().getByRole('link', { name: 'Handout (afdrukbaar)' }).click();
  await expect(page).toHaveURL(/\/voor-trainers\/handout\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { name: 'Kernideeën' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Reflectievragen' })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  expect(baseURL).toBeTruthy();
});

test('every handout fits on one or two A4 pages', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of chapterPaths()) {
    await page.goto(`/voor-trainers/handout${path.replace('/gids', '')}`);
    const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
    expect(pages, path).toBeGreaterThanOrEqual(1);
    expect(pages, path).toBeLessThanOrEqual(2);
  }
});

test('a chapter links to its handout', async ({ page }) => {
  await page.goto(chapterPath(2));
  await page.getByRole('link', { name: /handout bij dit hoofdstuk/ }).click();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/voor-trainers/handout${chapterPath(2).replace('/gids', '')}$`));
});

test('QR codes decode to the links printed beside them', async ({ browser }) => {
  test.setTimeout(120_000);
  // As a phone camera sees a code on a typical laptop screen: 2 device pixels per CSS pixel.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
  for (const path of ['/voor-trainers/', `/voor-trainers/handout${chapterPath(0).replace('/gids', '')}`]) {
    await page.goto(path);
    const figures = page.locator('figure.qr');
    const n = await figures.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      const decoded = await decodeQr(figure);
      const expected = await figure.getAttribute('data-qr');
      expect(decoded, `${path} QR ${i + 1}`).toBe(expected);
      expect(new URL(decoded!).pathname).toMatch(/^\/[a-z0-9/-]*$/);
    }
  }
});

test('a ready-made case opens the calculator filled in, leaving saved relationships alone', async ({
  page,
}) => {
  await page.goto('/voor-trainers/');
  const kase = page.locator('section.case[aria-labelledby="casus-thuiszorg-na-fusie"]');
  const title = (await kase.getByRole('heading').innerText()).trim();
  await kase.getByRole('link', { name: new RegExp(title) }).click();
  await expect(page).toHaveURL(/\/vertrouwensquotient\/#relaties=1\./);
  await expect(page.getByText("Collega's in het wijkteam").first()).toBeVisible();
  await expect(page.getByText('Het bestuur na de fusie').first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('vw:vertrouwensquotient'))).toBeNull();
});

test('starting points open the scan on one instrument and the plan builder with growth areas chosen', async ({
  page,
}) => {
  await page.goto('/voor-trainers/#startpunten');
  const links = page
    .locator('#startpunten')
    .locator('xpath=ancestor::div[1]/following-sibling::ul[1]')
    .getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.filter((h) => h.startsWith('/scan/#'))).toHaveLength(2);
  expect(hrefs.filter((h) => h.startsWith('/herstelplan/#vanuit-scan=1.'))).toHaveLength(2);
  await page.goto(hrefs.find((h) => h.startsWith('/herstelplan/'))!);
  await expect(page.getByText('Je komt van de scan "Vertrouwen om mij heen"')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Maak een plan vanuit je scan' })).toBeVisible();
});
