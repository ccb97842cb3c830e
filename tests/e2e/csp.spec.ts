import { expect, test, type Page } from '@playwright/test';
import { islandsReady, sitemap } from '../support/site';

// The policy is only strict if nothing the site does breaks it: every page, and the tools in
// their main states, raise no `securitypolicyviolation` and log no CSP error (Pagefind's worker
// reports through the console, not through the event).
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Content-Security-Policy/i.test(m.text()))
      problems.push(`${page.url()}: ${m.text()}`);
  });
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${location.pathname}: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      );
    });
  });
  return problems;
}

test('every page carries the policy and raises no violation', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await watch(page);
  for (const path of sitemap()) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).not.toContain("'unsafe-eval'");
    expect(policy?.match(/script-src[^;]*/)?.[0], path).not.toContain("'unsafe-inline'");
  }
  expect(problems).toEqual([]);
});

test('search, the tools and a group session run under the policy', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = await watch(page);

  await page.goto('/zoeken/?q=vertrouwen');
  await expect(page.locator('#main a[href*="/gids/"]').first()).toBeVisible({ timeout: 30_000 });

  await page.goto('/vertrouwensquotient/');
  await islandsReady(page);
  await page.getByRole('slider').first().focus();
  await page.keyboard.press('ArrowRight');

  await page.goto('/scan/');
  await islandsReady(page);
  await page
    .getByRole('button', { name: /^Begin/ })
    .first()
    .click();
  await expect(page.getByRole('radio').first()).toBeVisible();

  await page.goto('/herstelplan/');
  await islandsReady(page);

  await page.goto('/groepssessie/');
  await islandsReady(page);
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
