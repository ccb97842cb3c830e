import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { at } from '../support/must';
import { chapterPath } from '../support/site';

const chapter = () => chapterPath(0);

async function openCheck(page: Page, path = chapter()) {
  await page.goto(`${path}#kennischeck`);
  const first = page.locator('.quiz--live .quiz-q').first();
  await expect(first).toBeVisible();
  return first;
}

/** Option indexes of the right and a wrong answer, read from the readable (no-JS) answers. */
async function answersOf(page: Page, path: string) {
  const ctx = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const p = await ctx.newPage();
  await p.goto(path);
  const answers = await p
    .locator('.quiz-q')
    .evaluateAll((qs) =>
      qs.map((q) =>
        [...q.querySelectorAll('.quiz-q__answers li')].map((li) => li.classList.contains('is-correct')),
      ),
    );
  await ctx.close();
  return answers;
}

test('answer wrong → rationale → retry → right, announced politely', async ({ page }) => {
  const answers = await answersOf(page, chapter());
  const q = await openCheck(page);
  const options = at(answers, 0, 'question');
  const right = options.indexOf(true);
  const wrong = options.indexOf(false);

  // A scenario is read like the rest of the chapter: in roman type, not a long italic block.
  await expect(q.locator('.quiz-q__scenario')).toHaveCSS('font-style', 'normal');
  await q.getByRole('radio').nth(wrong).check();
  await q.getByRole('button', { name: 'Controleer' }).click();
  await expect(q.getByText('Nog niet juist.')).toBeVisible();
  // The right option says so in words and with a sign, not by colour alone; so does the wrong choice.
  await expect(q.locator('.choice').nth(right)).toContainText('✓ Juist antwoord');
  await expect(q.locator('.choice').nth(wrong)).toContainText('✗ Jouw keuze, niet juist');
  // Its explanation first, then the chosen one's; the others folded until asked for.
  const why = q.locator('.quiz-q__why');
  await expect(why.first()).toContainText('Uitleg bij het juiste antwoord:');
  await expect(why.nth(1)).toContainText('Uitleg bij jouw keuze:');
  const others = options.length - 2;
  await expect(q.locator('.quiz-q__why:visible')).toHaveCount(2);
  await q.getByText(/Uitleg bij (het andere antwoord|de \d+ andere antwoorden)/).click();
  await expect(q.locator('.quiz-q__why:visible')).toHaveCount(2 + others);
  await expect(q.getByRole('link').first()).toHaveAttribute('href', /^#/);
  await expect(page.locator('.quiz [aria-live="polite"]')).toHaveText('Vraag 1.: Nog niet juist.');

  await q.getByRole('button', { name: 'Opnieuw' }).click();
  await q.getByRole('radio').nth(right).check();
  await q.getByRole('button', { name: 'Controleer' }).click();
  await expect(q.getByText('Juist.', { exact: true })).toBeVisible();
});

test('answers survive a reload, show in a second tab, and the chapter is marked read', async ({
  page,
  context,
}) => {
  const q = await openCheck(page);
  await q.getByRole('radio').first().check();
  await q.getByRole('button', { name: 'Controleer' }).click();
  await expect(q.getByRole('button', { name: 'Opnieuw' })).toBeVisible();

  await page.reload();
  const again = page.locator('.quiz--live .quiz-q').first();
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByRole('button', { name: 'Opnieuw' })).toBeVisible();
  await expect(again.getByRole('radio').first()).toBeChecked();

  const second = await context.newPage();
  await second.goto(chapterPath(1));
  await expect(second.locator(`.chapter-nav a[data-chapter] .read-mark`).first()).toBeAttached();
  await second.goto('/mijn-voortgang/');
  await expect(second.getByRole('row', { name: /Wat is vertrouwen/ })).toContainText('geopend op');
  await expect(second.getByRole('row', { name: /Wat is vertrouwen/ })).toContainText('1 van');

  // A change in the first tab reaches the open second tab.
  await again.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(
    second
      .getByRole('row', { name: /Wat is vertrouwen/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('nog niet');
});

test('corrupt saved data: a notice, a working check, and the original kept aside', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('vw:voortgang', '{"v":1,"data":{"chapters":"kapot"}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const q = await openCheck(page);
  await expect(page.getByText(/konden niet gelezen worden/)).toBeVisible();
  await q.getByRole('radio').first().check();
  await q.getByRole('button', { name: 'Controleer' }).click();
  await expect(q.getByRole('button', { name: 'Opnieuw' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('vw:voortgang:onleesbaar'))).toBe(
    '{"v":1,"data":{"chapters":"kapot"}',
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a chapter with a check has no axe violations before and after answering (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const q = await openCheck(page);
    await expectNoAxeViolations(page, `unanswered ${scheme}`);
    await q.getByRole('radio').first().check();
    await q.getByRole('button', { name: 'Controleer' }).click();
    await page.locator('.quiz--live .quiz-q').nth(1).getByRole('button', { name: 'Controleer' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, `answered ${scheme}`);
  });
}

test('the check works with the keyboard alone', async ({ page }) => {
  const q = await openCheck(page);
  await q.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(q.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(q.getByRole('button', { name: 'Controleer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(q.getByRole('button', { name: 'Opnieuw' })).toBeVisible();
});
