import { expect, test, type Page } from '@playwright/test';
import { saveCase } from '../../src/lib/quotient/relationship-list';
import type { SavedRelationships } from '../../src/lib/quotient/relationships-codec';
import { scoresFromList, shareFragment } from '../../src/lib/quotient/share';
import { expectNoAxeViolations as noAxeViolations } from '../support/axe';
import { at } from '../support/must';
import { lazyIslandReady } from '../support/site';

const PAGE = '/vertrouwensquotient/';
const CHAPTER = '/gids/het-vertrouwensquotient/';
const KEY = 'vw:vertrouwensquotient';
const FACTORS = ['Bekwaamheid', 'Betrouwbaarheid', 'Intenties', 'Integriteit', 'Kans', 'Impact'] as const;
const YOUSSEF = [8, 6, 9, 9, 4, 8];

async function open(page: Page, hash = '') {
  await page.goto(PAGE + hash);
  await expect(page.getByRole('button', { name: 'Nieuwe relatie' })).toBeEnabled();
}

const result = (page: Page) => page.getByRole('region', { name: 'Uitkomst' });
const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });

/** Moves a focused slider from its value to `to` with the arrow keys. */
async function arrowTo(page: Page, from: number, to: number) {
  for (let i = 0; i < Math.abs(to - from); i++)
    await page.keyboard.press(to > from ? 'ArrowRight' : 'ArrowLeft');
}

async function fill(page: Page, name: string, scores: number[], kind = 'een collega') {
  await page.getByLabel('Over wie gaat het?').fill(name);
  await page.getByLabel(kind).check();
  for (const [i, f] of FACTORS.entries()) await slider(page, f).fill(String(scores[i]));
}

/** Fills in a relationship and saves it. */
async function fillAndSave(page: Page, name: string, scores: number[], kind?: string) {
  await fill(page, name, scores, kind);
  await page.getByRole('button', { name: 'Bewaar deze relatie', exact: true }).click();
}

test('on arrival the calculator invites rather than showing the middle as a result', async ({ page }) => {
  await open(page);
  const invite = result(page).getByText(/Alle factoren staan nog in het midden/);
  await expect(invite).toBeVisible();
  const calculator = page.locator('.qcalc');
  await expect(calculator.getByText(/Quotiënt 10/).filter({ visible: true })).toHaveCount(0);
  await expect(calculator.getByText(/In evenwicht/i).filter({ visible: true })).toHaveCount(0);
  await expect(result(page).getByRole('listitem')).toHaveCount(0);

  // The first factor set, here with the keyboard, shows the result.
  await slider(page, 'Integriteit').focus();
  await page.keyboard.press('ArrowRight');
  await expect(invite).toHaveCount(0);
  await expect(result(page).locator('.qcalc__q')).toHaveText('Quotiënt 11');
  await expect(result(page).getByRole('listitem')).toHaveCount(6);
});

test('a saved relationship and a shared link open with their values, not the invitation', async ({
  page,
}) => {
  await open(page);
  await fillAndSave(page, 'Youssef', YOUSSEF);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Nieuwe relatie' })).toBeEnabled();
  await expect(result(page).locator('.qcalc__q')).toHaveText('Youssef, een collega. Quotiënt 21');
  await expect(result(page).getByText(/Alle factoren staan nog in het midden/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Link naar deze relatie' }).click();
  const link = await page.getByLabel('Link om te delen').inputValue();
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Gedeelde relaties' })).toBeVisible();
  await expect(result(page).locator('.qcalc__q')).toHaveText('Youssef, een collega. Quotiënt 21');
});

test('set the six factors with the keyboard only: the result and the levers follow', async ({ page }) => {
  await open(page);
  await page.getByLabel('Over wie gaat het?').focus();
  await page.keyboard.type('Youssef');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('een collega')).toBeFocused();
  for (const [i, f] of FACTORS.entries()) {
    await page.keyboard.press('Tab');
    await expect(slider(page, f)).toBeFocused();
    const score = at(YOUSSEF, i, 'score');
    await arrowTo(page, 5, score);
    await expect(slider(page, f)).toHaveValue(String(score));
  }
  await expect(result(page).locator('.qcalc__q')).toHaveText('Youssef, een collega. Quotiënt 21');
  await expect(result(page).getByText('Vertrouwen weegt zwaarder.')).toBeVisible();
  await expect(
    result(page).getByText(
      'De meeste winst zit in kans of impact: een punt lager maakt het quotiënt ruim 9% hoger.',
    ),
  ).toBeVisible();
  await expect(result(page).getByRole('listitem').first()).toContainText(
    'Kans, nu 4: een punt lager maakt het quotiënt ruim 9% hoger, een punt hoger bijna 8% lager.',
  );
  await expect(result(page).getByRole('listitem').first().getByRole('link')).toHaveAttribute(
    'href',
    '/gids/vertrouwen-als-organisatie/#risico-als-ingang',
  );
  // Announced once the sliders rest.
  await expect(page.locator('.qcalc > [aria-live="polite"]')).toHaveText(
    /^Quotiënt 21\. Vertrouwen weegt zwaarder\. De meeste winst/,
  );

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Bewaar deze relatie', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Youssef is bewaard.')).toBeVisible();
});

test('compare two relationships, kept across a reload and listed on Mijn gegevens', async ({ page }) => {
  await open(page);
  await fillAndSave(page, 'Youssef', YOUSSEF);
  await page.getByRole('button', { name: 'Nieuwe relatie' }).click();
  await fillAndSave(page, 'Anja', [7, 7, 4, 5, 6, 7], 'mijn leidinggevende');
  await expect(page.getByText('Anja is bewaard.')).toBeVisible();

  const rows = page.getByRole('region', { name: 'Vergelijken' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Youssef');
  await expect(rows.nth(1)).toContainText('Vertrouwen weegt zwaarder');
  await expect(rows.nth(2)).toContainText('mijn leidinggevende');
  await expect(rows.nth(2)).toContainText('ongeveer 9,7');
  await expect(page.getByRole('img', { name: /^Vergelijking/ })).toHaveAttribute(
    'aria-label',
    /Youssef 21; Anja ongeveer 9,7\.$/,
  );
  await noAxeViolations(page, 'two saved relationships');

  await page.reload();
  await expect(page.getByLabel('Over wie gaat het?')).toHaveValue('Youssef');
  await expect(rows).toHaveCount(3);
  await page.getByRole('button', { name: 'Open Anja' }).click();
  await expect(slider(page, 'Intenties')).toHaveValue('4');

  await page.goto('/mijn-gegevens/');
  await expect(
    page.getByRole('heading', { name: 'Relaties in de rekenhulp vertrouwensquotiënt' }),
  ).toBeVisible();
});

test('a share link opened in a fresh browser shows the case and leaves saved data alone', async ({
  page,
  browser,
}) => {
  await open(page);
  await fillAndSave(page, 'Youssef', YOUSSEF);
  await page.getByRole('button', { name: 'Nieuwe relatie' }).click();
  await fillAndSave(page, 'Het MT', [6, 4, 5, 3, 7, 9], 'het topmanagement');
  await page.getByRole('button', { name: 'Link naar de vergelijking' }).click();
  const link = await page.getByLabel('Link om te delen').inputValue();
  expect(link).toMatch(/\/vertrouwensquotient\/#relaties=1\.[A-Za-z0-9_-]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other);
  await fillAndSave(other, 'Eigen collega', [3, 3, 3, 3, 3, 3]);
  const before = await other.evaluate((key) => localStorage.getItem(key), KEY);

  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Gedeelde relaties' })).toBeVisible();
  await expect(other.getByLabel('Over wie gaat het?')).toHaveValue('Youssef');
  await expect(result(other).locator('.qcalc__q')).toHaveText('Youssef, een collega. Quotiënt 21');
  const rows = other.getByRole('region', { name: 'Vergelijken' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('het topmanagement');
  await noAxeViolations(other, 'shared link');
  await slider(other, 'Impact').fill('2');
  await other.getByLabel('Over wie gaat het?').fill('Iets anders');
  expect(await other.evaluate((key) => localStorage.getItem(key), KEY)).toBe(before);

  await other.getByRole('button', { name: 'Terug naar mijn eigen relaties' }).click();
  await expect(other.getByLabel('Over wie gaat het?')).toHaveValue('Eigen collega');
  await expect(rows).toHaveCount(2);
  expect(new URL(other.url()).hash).toBe('');

  // Saving it is the visitor's choice.
  await other.goto(link);
  await other.getByRole('button', { name: 'Bewaar bij mijn relaties' }).click();
  await expect(other.getByText('Bewaard bij je eigen relaties.')).toBeVisible();
  await expect(rows).toHaveCount(4);
  await fresh.close();
});

test('a share link in a browser that never saved anything writes nothing', async ({ browser }) => {
  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await open(
    page,
    '#relaties=1.eyJyZWxhdGlvbnNoaXBzIjpbeyJuYW1lIjoiWW91c3NlZiIsImtpbmQiOiJjb2xsZWFndWUiLCJzY29yZXMiOls4LDYsOSw5LDQsOF19XX0',
  );
  await expect(page.getByLabel('Over wie gaat het?')).toHaveValue('Youssef');
  await slider(page, 'Kans').fill('9');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await fresh.close();
});

test('saving a shared relationship whose name is taken says what it was saved as; a full list says so', async ({
  page,
}) => {
  const scores = (n: number) => scoresFromList([n, n, n, n, n, n]);
  const own = (names: string[]) =>
    names.reduce<SavedRelationships>(
      (saved, name) => {
        const step = saveCase(saved, { name, kind: 'colleague', scores: scores(5) }, new Date());
        return step.ok ? step.saved : saved;
      },
      { relationships: [] },
    );
  const link = `${PAGE}#${shareFragment([{ name: 'EIGEN', kind: 'leader', scores: scores(3) }])}`;
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    },
    [KEY, JSON.stringify({ v: 1, data: own(['Eigen']) })] as const,
  );
  await open(page, link.slice(PAGE.length));
  await page.getByRole('button', { name: 'Bewaar bij mijn relaties' }).click();
  await expect(page.getByText('„EIGEN” als „EIGEN (2)”')).toBeVisible();
  await expect(page.getByText('Je eigen relatie is niet veranderd.')).toBeVisible();

  // Four saved: no "room for 0 of the 4", but what to do.
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify({ v: 1, data: own(['A', 'B', 'C', 'D']) }),
  ] as const);
  await page.goto('about:blank');
  await open(page, link.slice(PAGE.length));
  await page.getByRole('button', { name: 'Bewaar bij mijn relaties' }).click();
  await expect(page.getByText(/Je hebt al 4 relaties bewaard, het maximum\./)).toBeVisible();
  await expect(page.getByText(/plek voor nog 0/)).toHaveCount(0);
});

const BAD_LINKS: Array<[string, string, RegExp]> = [
  ['malformed', '#relaties=1.@@@', /beschadigd of onvolledig/],
  ['cut short', '#relaties=1.eyJyZWxhdGlvbnNoaXBzIjpbeyJuYW1lIjoiWW91c3Nl', /beschadigd of onvolledig/],
  [
    'tampered',
    '#relaties=1.eyJyZWxhdGlvbnNoaXBzIjpbeyJuYW1lIjoiWW91c3NlZiIsImtpbmQiOiJiYWFzIiwic2NvcmVzIjpbOCw2LDksOSw0LDhdfV19',
    /waarden die niet kunnen/,
  ],
  [
    'out of range',
    '#relaties=1.eyJyZWxhdGlvbnNoaXBzIjpbeyJuYW1lIjoiWW91c3NlZiIsImtpbmQiOiJjb2xsZWFndWUiLCJzY29yZXMiOls4LDYsOSw5LDQsMTJdfV19',
    /heel getal van 1 tot en met 10/,
  ],
  ['other version', '#relaties=7.eyJyZWxhdGlvbnNoaXBzIjpbXX0', /andere versie/],
];

for (const [what, hash, message] of BAD_LINKS) {
  test(`a ${what} link says what is wrong and shows the visitor's own state`, async ({ page }) => {
    await page.addInitScript(
      ([key]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(
            key,
            JSON.stringify({
              v: 1,
              data: {
                relationships: [
                  {
                    name: 'Anja',
                    kind: 'leader',
                    scores: {
                      competence: 7,
                      reliability: 7,
                      intentions: 4,
                      integrity: 5,
                      probability: 6,
                      impact: 7,
                    },
                    savedAt: '2026-01-01T00:00:00.000Z',
                  },
                ],
              },
            }),
          );
          sessionStorage.setItem('seeded', '1');
        }
      },
      [KEY] as const,
    );
    await open(page, hash);
    await expect(page.getByRole('alert')).toContainText('Deze link kunnen we niet openen.');
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByLabel('Over wie gaat het?')).toHaveValue('Anja');
    await expect(page.getByRole('heading', { name: 'Gedeelde relaties' })).toHaveCount(0);
    if (what === 'malformed') await noAxeViolations(page, 'bad link');
  });
}

for (const [scheme, width] of [
  ['light', 1280],
  ['dark', 375],
] as const) {
  test(`no axe violations on the calculator, empty and filled in (${scheme}, ${width} px)`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 800 });
    await open(page);
    await noAxeViolations(page, `empty ${scheme}`);
    await fillAndSave(page, 'Youssef', [10, 10, 10, 10, 1, 1]);
    await page.getByRole('button', { name: 'Link naar deze relatie' }).click();
    await expect(page.getByLabel('Link om te delen')).toBeVisible();
    await noAxeViolations(page, `filled ${scheme}`);
  });
}

test('the compact calculator in chapter 2 works with the keyboard and opens its example in the calculator', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  const mini = page.getByRole('region', { name: /probeer het zelf/ });
  await mini.scrollIntoViewIfNeeded();
  await lazyIslandReady(mini);
  await expect(mini.locator('.qmini__result')).toHaveText('Quotiënt 21 · Vertrouwen weegt zwaarder');
  const impact = mini.getByRole('slider', { name: 'Impact als het misgaat' });
  await impact.focus();
  await arrowTo(page, 8, 3);
  await expect(mini.locator('.qmini__result')).toHaveText('Quotiënt 36 · Vertrouwen weegt zwaarder');
  await expect(mini.locator('[aria-live="polite"]')).toHaveText(/^Quotiënt 36: vertrouwen weegt zwaarder/);
  await noAxeViolations(page, 'chapter 2 with the compact calculator');

  await mini.getByRole('link', { name: 'Open dit voorbeeld in de rekenhulp' }).click();
  await expect(page).toHaveURL(/\/vertrouwensquotient\/#relaties=1\./);
  await expect(page.getByLabel('Over wie gaat het?')).toHaveValue('Youssef');
  await expect(result(page).locator('.qcalc__q')).toHaveText('Youssef, een collega. Quotiënt 21');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains the model with the worked example, and chapter 2 shows the example', async ({
    page,
  }) => {
    await page.goto(PAGE);
    await expect(page.getByText(/De rekenhulp werkt met JavaScript/)).toBeVisible();
    const example = page.getByRole('table', { name: 'Femkes scores voor Youssef' });
    await expect(example.getByRole('row')).toHaveCount(7);
    await expect(page.getByText(/Het quotiënt is 252 ÷ 12 = 21\./)).toBeVisible();
    await expect(
      page.getByRole('table', { name: /varianten/ }).getByRole('row', { name: /Een rustige maand/ }),
    ).toContainText('36');
    // The calculator is in the HTML, but hidden: its controls would do nothing.
    await expect(page.locator('input[type="range"]')).toHaveCount(6);
    await expect(page.getByRole('slider')).toHaveCount(0);

    await page.goto(CHAPTER);
    const mini = page.getByRole('region', { name: /probeer het zelf/ });
    await expect(mini.locator('.qmini__result')).toHaveText('Quotiënt 21 · Vertrouwen weegt zwaarder');
    await expect(mini.getByText('Met JavaScript kun je hier zelf de scores verschuiven.')).toBeVisible();
  });
});

test('prints the relationship, its result and the comparison on A4 without controls', async ({ page }) => {
  await open(page);
  await fillAndSave(page, 'Youssef', YOUSSEF);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(slider(page, 'Kans')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Nieuwe relatie' })).toBeHidden();
  await expect(result(page).locator('.qcalc__q')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vergelijken' }).getByRole('table')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Delen' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
