import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { sitemap } from '../support/site';

const VIEWPORTS = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } } as const;
const THEMES = ['light', 'dark'] as const;

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
        expect.soft(await axeViolations(page), `${path} ${theme} ${name}`).toEqual([]);
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
        expect.soft(await axeViolations(page), `${state} ${theme} ${name}`).toEqual([]);
      }
    }
  });
}
