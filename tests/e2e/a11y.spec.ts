import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemap } from '../support/site';

const VIEWPORTS = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } } as const;
const THEMES = ['light', 'dark'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Every page in the sitemap, in both colour themes, at phone and desktop width: zero violations.
// One load per page; theme and width change in place, as they would for a visitor.
for (const path of sitemap()) {
  test(`axe ${path}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme });
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')})`,
        );
        expect.soft(summary, `${path} ${theme} ${name}`).toEqual([]);
      }
    }
  });
}

// States that only exist after a visitor acts: the open header menu, and the search dialog with results.
const STATES: Record<string, (page: Page) => Promise<void>> = {
  'open menu': async (page) => {
    await page.locator('.site-menu > summary').click();
    await expect(page.getByRole('navigation', { name: 'Menu', exact: true })).toBeVisible();
  },
  'search with results': async (page) => {
    await page.getByRole('link', { name: 'Zoeken' }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('vertrouwen');
    await expect(page.getByRole('dialog').locator('.search__results a').first()).toBeVisible();
  },
};
for (const [state, act] of Object.entries(STATES)) {
  test(`axe: ${state}`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(viewport);
      await page.goto('/gids/wat-is-vertrouwen/');
      await act(page);
      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme });
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')})`,
        );
        expect.soft(summary, `${state} ${theme} ${name}`).toEqual([]);
      }
    }
  });
}
