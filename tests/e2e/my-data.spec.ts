import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { chapterPath } from '../support/site';

test('export → delete → import restores everything', async ({ page }) => {
  await page.goto(`${chapterPath(0)}#kennischeck`);
  const q = page.locator('.quiz--live .quiz-q').first();
  await q.getByRole('radio').first().check();
  await q.getByRole('button', { name: 'Controleer' }).click();
  await expect(q.getByRole('button', { name: 'Opnieuw' })).toBeVisible();
  // A theme choice is kept too; the switch sits in the header's menu.
  await page.locator('.site-menu > summary').click();
  await page.getByRole('button', { name: /Thema/ }).click();
  const before = await page.evaluate(() => ({
    progress: localStorage.getItem('vw:voortgang'),
    theme: localStorage.getItem('vw:theme'),
  }));
  expect(before.progress).toBeTruthy();
  expect(before.theme).toBeTruthy();

  await page.goto('/mijn-gegevens/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download al mijn gegevens' }).click();
  const file = await (await downloading).path();
  expect(JSON.parse(readFileSync(file, 'utf8')).app).toBe('vertrouwenswijzer');

  await page.getByRole('button', { name: 'Verwijder alles' }).click();
  await page.getByRole('button', { name: 'Ja, verwijder alles' }).click();
  await expect(page.getByRole('status').first()).toHaveText('Alles is verwijderd.');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  await page.getByLabel('Gegevens inlezen uit een bestand').setInputFiles(file);
  await expect(page.getByText(/Dit bestand is gemaakt op/)).toBeVisible();
  await page.getByRole('button', { name: 'Ja, lees in' }).click();
  await expect(page.getByText('Ingelezen: 2 onderdelen.')).toBeVisible();
  const after = await page.evaluate(() => ({
    progress: localStorage.getItem('vw:voortgang'),
    theme: localStorage.getItem('vw:theme'),
  }));
  expect(after).toEqual(before);
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
});

test('a bad file is explained and changes nothing', async ({ page }) => {
  await page.goto('/mijn-gegevens/');
  await page.evaluate(() => localStorage.setItem('vw:theme', '{"v":1,"data":"dark"}'));
  await page.reload();
  for (const [name, text] of [
    ['kapot.json', '{ dit is geen json'],
    ['ander.json', JSON.stringify({ app: 'iets', data: {} })],
    [
      'beschadigd.json',
      JSON.stringify({
        app: 'vertrouwenswijzer',
        format: 1,
        exportedAt: 'x',
        data: { 'vw:voortgang': { v: 1, data: 'x' } },
      }),
    ],
  ] as const) {
    await page
      .getByLabel('Gegevens inlezen uit een bestand')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByText(/Dit bestand kunnen we niet inlezen\..*Er is niets veranderd/)).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('vw:theme'))).toBe('{"v":1,"data":"dark"}');
  }
  await expectNoAxeViolations(page, 'unreadable backup refused');
});
