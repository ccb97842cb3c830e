import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { at } from '../support/must';
import { chapterPaths, sitemap } from '../support/site';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };
const MENU_LINKS = [
  'Gids',
  'Begrippen',
  'Bronnen',
  'Over deze gids',
  'Vertrouwensquotiënt',
  'Vertrouwensscan',
  'Herstelplan',
  'Mijn voortgang',
  'Mijn gegevens',
];

// The header menu on a phone, with the keyboard alone, on every page of the sitemap.
for (const path of sitemap()) {
  test(`menu by keyboard at 375 px: ${path}`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const summary = page.locator('.site-menu > summary');
    // From the top of the page, Tab reaches the menu button (after the skip link, logo and search).
    let steps = 0;
    while (!(await summary.evaluate((s) => s === document.activeElement)) && steps++ < 10)
      await page.keyboard.press('Tab');
    await expect(summary, path).toBeFocused();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('navigation', { name: 'Menu', exact: true });
    for (const name of MENU_LINKS)
      await expect(menu.getByRole('link', { name, exact: true }), `${path}: ${name}`).toBeVisible();
    await expect(page.getByRole('button', { name: /Thema/ })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu, path).toBeHidden();
    await expect(summary, path).toBeFocused();
  });
}

test('the menu closes when focus leaves it', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  await page.locator('.site-menu > summary').click();
  await page.getByRole('button', { name: /Thema/ }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Menu', exact: true })).toBeHidden();
});

// One frame: at 1280 px the title starts at one place per kind of page.
const KINDS: Record<string, string[]> = {
  reading: [
    '/gids/wat-is-vertrouwen/',
    '/gids/vertrouwen-herstellen/',
    '/begrippen/',
    '/bronnen/',
    '/over/',
    '/zoeken/',
    '/mijn-voortgang/',
    '/mijn-gegevens/',
    '/voor-trainers/',
  ],
  tool: ['/scan/', '/herstelplan/', '/vertrouwensquotient/'],
  overview: ['/', '/gids/'],
  handout: chapterPaths().map((p) => p.replace('/gids/', '/voor-trainers/handout/')),
};
const titleX = async (page: Page, path: string) => {
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  return page.locator('main h1').evaluate((h) => Math.round(h.getBoundingClientRect().x));
};

for (const [kind, paths] of Object.entries(KINDS)) {
  test(`one title edge at 1280 px: ${kind} pages`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(DESKTOP);
    const xs: Record<string, number> = {};
    for (const path of paths) xs[path] = await titleX(page, path);
    expect(new Set(Object.values(xs)).size, JSON.stringify(xs)).toBe(1);
  });
}

test('tools and reading pages are centred, not against the left edge', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  for (const path of ['/scan/', '/herstelplan/', '/begrippen/']) {
    await page.goto(path);
    const box = await page.locator('main .page').boundingBox();
    const right = DESKTOP.width - (box!.x + box!.width);
    expect(Math.abs(box!.x - right), path).toBeLessThanOrEqual(2);
  }
});

// Search: the site's own interface over Pagefind's API.
const openSearch = async (page: Page) => {
  await page.getByRole('link', { name: 'Zoeken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Zoeken in de gids' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  return dialog;
};

test('search by keyboard: type, arrows through the results, Enter opens, Escape closes; the count is announced', async ({
  page,
}) => {
  await page.goto('/');
  const dialog = await openSearch(page);
  await page.keyboard.type('herstel');
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(/^\d+ resultaten? voor “herstel”$/);
  const links = dialog.locator('.search__results a');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The field keeps its words when the dialog opens again.
  await openSearch(page);
  await expect(dialog.getByRole('searchbox')).toHaveValue('herstel');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('vertrouwen herstellen');
  await expect(status).toHaveText(/resultaten? voor “vertrouwen herstellen”/);
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.?#]/g, '\\$&')}$`));
});

test('a search with no results says so', async ({ page }) => {
  await page.goto('/zoeken/');
  await page.getByRole('searchbox').fill('xyzzyqwv');
  await expect(page.locator('#main').getByRole('status')).toHaveText(/Niets gevonden voor “xyzzyqwv”/);
});

test('search starts loading when its button is hovered', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.setViewportSize(DESKTOP);
  await page.goto('/over/');
  expect(requested.filter((u) => u.includes('search') || u.includes('pagefind'))).toEqual([]);
  await page.getByRole('link', { name: 'Zoeken' }).hover();
  await expect.poll(() => requested.some((u) => u.includes('pagefind/pagefind.js'))).toBe(true);
});

// What is not reading text stays out of the index: knowledge-check answers and feedback, the
// self-link labels beside headings, navigation.
const feedbackWords = () => {
  const dir = join(process.cwd(), 'content/quizzes');
  const quiz = parse(readFileSync(join(dir, 'vertrouwen-herstellen.yaml'), 'utf8')) as {
    questions: { options: { rationale?: string }[] }[];
  };
  // A distinctive word from a rationale, which appears nowhere else in the chapter.
  return quiz.questions.flatMap((q) => q.options.map((o) => o.rationale ?? '')).filter(Boolean);
};

test('no knowledge-check feedback, self-link label or navigation in any excerpt', async ({ page }) => {
  test.setTimeout(90_000);
  expect(feedbackWords().length).toBeGreaterThan(0);
  const rationale = at(feedbackWords(), 0, 'feedback text');
  await page.goto('/zoeken/');
  const box = page.getByRole('searchbox');
  const excerpts = page.locator('.search__excerpt');
  for (const term of [
    'juist',
    'link naar sectie',
    'onjuist',
    'uitleg',
    'volgend hoofdstuk',
    rationale.split(/\s+/).slice(0, 4).join(' '),
  ]) {
    await box.fill(term);
    await expect(page.locator('#main').getByRole('status')).toContainText(/resultaten? voor|Niets gevonden/);
    for (const text of await excerpts.allInnerTexts()) {
      expect(text, term).not.toMatch(
        /Juist[:.]|Onjuist[:.]|Link naar sectie|Toon antwoorden|Vorig hoofdstuk|Volgend hoofdstuk/,
      );
      expect(text, term).not.toContain(rationale.slice(0, 40));
    }
  }
});

test('/zoeken/ does not shift as the search loads and results arrive (CLS 0)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.goto('/zoeken/?q=vertrouwen');
    await expect(page.locator('.search__results a').first()).toBeVisible();
    await page.waitForTimeout(800);
    await page.getByRole('searchbox').fill('herstel');
    await expect(page.locator('#main').getByRole('status')).toHaveText(/voor “herstel”/);
    await page.waitForTimeout(800);
    expect(
      await page.evaluate(() => (window as unknown as { cls: number }).cls),
      `${viewport.width} px`,
    ).toBe(0);
  }
});

test('/voor-trainers/ has a contents list whose links land on its headings', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/voor-trainers/');
  const toc = page.locator('.toc-column .toc');
  await expect(toc).toBeVisible();
  const hrefs = await toc.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(10);
  for (const href of hrefs)
    await expect(page.locator(`h2[id="${href.slice(1)}"], h3[id="${href.slice(1)}"]`), href).toHaveCount(1);
  await page.setViewportSize(PHONE);
  await expect(page.locator('details.toc-inline')).toBeVisible();
});

// Print: a chapter's handout is one A4 page.
for (const chapter of chapterPaths()) {
  const path = chapter.replace('/gids/', '/voor-trainers/handout/');
  test(`handout on one A4 page: ${path}`, async ({ page }) => {
    await page.goto(path);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBe(1);
  });
}
