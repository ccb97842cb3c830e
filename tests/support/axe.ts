import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as every page of the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The page's axe violations, one readable line each (rule, help, the first three elements). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

/**
 * Zero axe violations. `soft` lets a test go on to check its other states and report them all.
 * From the top: a control scrolled under the sticky header would count as too small a target.
 */
export async function expectNoAxeViolations(page: Page, where: string, { soft = false } = {}) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const summary = await axeViolations(page);
  if (soft) expect.soft(summary, where).toEqual([]);
  else expect(summary, where).toEqual([]);
}

/** Zero violations in the light and the dark theme; leaves the page in the light theme. */
export async function expectNoAxeViolationsInBothThemes(page: Page, where: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${where} (${colorScheme})`, { soft: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
