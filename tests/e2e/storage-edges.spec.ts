import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { chapterPath, islandsReady } from '../support/site';
import { handoffFragment, refuseSaving, savedEnvelopes, seedOnce } from '../support/storage';

/** Storage as a visitor's browser may really behave: refusing, full, broken, or handed odd files and links. */

const notice = (page: Page) => page.getByRole('status', { name: 'Melding over je opgeslagen gegevens' });
const slug = () => chapterPath(0).split('/').at(-2)!;

test.describe('saving refused, reading still works', () => {
  const tools: Array<[string, string, (page: Page) => Promise<void>]> = [
    ['/herstelplan/', 'vw:herstelplannen', (page) => expect(page.locator('.plans__item')).toHaveCount(1)],
    ['/scan/', 'vw:scan', (page) => expect(page.getByText(/Afgeronde scans blijven/)).toBeVisible()],
    [
      '/vertrouwensquotient/',
      'vw:vertrouwensquotient',
      (page) => expect(page.getByRole('cell', { name: 'Youssef' }).first()).toBeVisible(),
    ],
    ['/mijn-voortgang/', 'vw:voortgang', (page) => expect(page.getByText(/Je hebt 1 van de/)).toBeVisible()],
  ];
  for (const [path, key, shows] of tools) {
    test(`${path} shows what was saved and offers a copy`, async ({ page }) => {
      const saved = savedEnvelopes(slug());
      await seedOnce(page, saved);
      await refuseSaving(page);
      await page.goto(path);
      await shows(page);
      await expect(notice(page)).toContainText('bewaart op dit moment geen wijzigingen');
      await expect(notice(page)).not.toContainText('privévenster');
      if (path === '/herstelplan/') await expectNoAxeViolations(page, 'saving refused');
      const downloading = page.waitForEvent('download');
      await notice(page).getByRole('button', { name: 'Download een kopie' }).click();
      const file = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
      expect(file.data[key]).toEqual(JSON.parse(saved[key]!));
      expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(saved[key]);
    });
  }
});

test.describe('stored data too large to copy stays where it is', () => {
  /** About 4 MB: the browser will not hold it twice, so it cannot be set aside. */
  async function seedHuge(page: Page, key: string) {
    await page.addInitScript((k) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(k, `{"v":1,"data":{"groot":"${'x'.repeat(4 * 1024 * 1024)}"}}`);
      sessionStorage.setItem('seeded', '1');
    }, key);
  }
  const stored = (page: Page, key: string) =>
    page.evaluate(
      (k) => ({ length: localStorage.getItem(k)?.length, aside: localStorage.getItem(`${k}:onleesbaar`) }),
      key,
    );

  test('plans: the notice tells the truth, a new plan does not overwrite, the original downloads', async ({
    page,
  }) => {
    await seedHuge(page, 'vw:herstelplannen');
    await page.goto('/herstelplan/');
    const before = await stored(page, 'vw:herstelplannen');
    await expect(notice(page)).toContainText('laten we ze ongemoeid staan');
    await expect(notice(page)).not.toContainText('kopie van het origineel bewaard');
    await page.getByRole('button', { name: 'Begin een nieuw plan' }).click();
    await page.reload();
    expect(await stored(page, 'vw:herstelplannen')).toEqual({ length: before.length, aside: null });
    const downloading = page.waitForEvent('download');
    await notice(page).getByRole('button', { name: 'Download het origineel' }).click();
    expect(readFileSync(await (await downloading).path(), 'utf8').length).toBe(before.length);
  });

  test('progress: opening a chapter does not overwrite it', async ({ page }) => {
    await seedHuge(page, 'vw:voortgang');
    await page.goto(chapterPath(0));
    await islandsReady(page);
    const length = (await stored(page, 'vw:voortgang')).length;
    expect(length).toBeGreaterThan(4 * 1024 * 1024);
    await page.goto(chapterPath(1));
    await islandsReady(page);
    expect(await stored(page, 'vw:voortgang')).toEqual({ length, aside: null });
    await page.goto('/mijn-gegevens/');
    await expect(page.getByText(/we kunnen er nu geen kopie van maken/)).toBeVisible();
  });
});

test('a backup file with __proto__ or constructor names is refused and changes nothing', async ({ page }) => {
  const theme = '{"v":1,"data":"dark"}';
  await seedOnce(page, { 'vw:theme': theme });
  await page.goto('/mijn-gegevens/');
  const backup = (data: string) =>
    `{"app":"vertrouwenswijzer","format":1,"exportedAt":"2026-03-02T09:00:00.000Z","data":${data}}`;
  for (const [text, name] of [
    [backup(`{"vw:theme":{"v":1,"data":"light"},"__proto__":{"vw:theme":1}}`), '__proto__'],
    [backup(`{"vw:theme":{"v":1,"data":"light","__proto__":{"polluted":true}}}`), '__proto__'],
    [backup(`{"vw:voortgang":{"v":1,"data":{"chapters":{},"constructor":{"prototype":{}}}}}`), 'constructor'],
  ] as const) {
    await page
      .getByLabel('Gegevens inlezen uit een bestand')
      .setInputFiles({ name: 'gegevens.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(
      page.getByText(`Dit bestand kunnen we niet inlezen. Het bevat een onderdeel met de naam "${name}".`),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ja, lees in' })).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('vw:theme'))).toBe(theme);
  }
});

test.describe('Mijn gegevens', () => {
  test('warns about broken stored data, sets it aside and offers the copy', async ({ page }) => {
    const broken = '{"v":1,"data":{"chapters":"kapot"}}';
    await seedOnce(page, { 'vw:voortgang': broken });
    await page.goto('/mijn-gegevens/');
    const card = page
      .locator('.card')
      .filter({ has: page.getByRole('heading', { name: 'Voortgang en kennischecks' }) });
    await expect(card).toContainText(
      'Let op: wat hier bewaard is (ongeveer 1 kB) heeft een vorm die we niet herkennen',
    );
    await expect(card).not.toContainText('Bewaard: ongeveer');
    expect(await page.evaluate(() => localStorage.getItem('vw:voortgang:onleesbaar'))).toBe(broken);
    const downloading = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Download de kopie' }).click();
    expect(readFileSync(await (await downloading).path(), 'utf8')).toBe(broken);
    await expectNoAxeViolations(page, 'unreadable data on Mijn gegevens');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('lists what the site keeps and why', async ({ page }) => {
      await page.goto('/mijn-gegevens/');
      for (const label of ['Voortgang en kennischecks', 'Herstelplannen', 'Vertrouwensscan', 'Kleurthema'])
        await expect(page.getByRole('heading', { level: 3, name: label })).toBeVisible();
      await expect(page.getByText(/zodat je ze kunt aanpassen en opvolgen/)).toBeVisible();
    });
  });
});

test.describe('a link opened on the wrong tool says where it belongs', () => {
  const relaties =
    '#relaties=1.eyJyZWxhdGlvbnNoaXBzIjpbeyJuYW1lIjoiWW91c3NlZiIsImtpbmQiOiJjb2xsZWFndWUiLCJzY29yZXMiOls4LDYsOSw5LDQsOF19XX0';
  const cases: Array<[string, string, string, string]> = [
    ['/scan/', relaties, 'Vertrouwensquotiënt', '/vertrouwensquotient/'],
    ['/vertrouwensquotient/', handoffFragment(), 'Herstelplan', '/herstelplan/'],
    ['/herstelplan/', '#scan-resultaat=1.abc', 'Vertrouwensscan', '/scan/'],
    ['/vertrouwensquotient/', '#sessie=1.abc', 'Vertrouwensscan', '/scan/'],
    ['/groepssessie/', '#sessie=1.abc', 'Vertrouwensscan', '/scan/'],
  ];
  for (const [path, fragment, tool, target] of cases) {
    test(`${path}${fragment.slice(0, 14)}… links to ${tool}`, async ({ page }) => {
      await page.goto(path + fragment);
      await expect(
        page.getByText(`Deze link is gemaakt voor een ander onderdeel van de site: ${tool}.`),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: `Open de link in ${tool}` })).toHaveAttribute(
        'href',
        target + fragment,
      );
    });
  }

  test('following the link opens the shared relationship in the calculator', async ({ page }) => {
    await page.goto(`/scan/${relaties}`);
    await page.getByRole('link', { name: 'Open de link in Vertrouwensquotiënt' }).click();
    await expect(page.getByLabel('Over wie gaat het?')).toHaveValue('Youssef');
    await expect(page.getByText(/gemaakt voor een ander onderdeel/)).toHaveCount(0);
  });
});
