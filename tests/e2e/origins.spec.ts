import { expect, test } from '@playwright/test';
import { sitemap } from '../support/site';

// Nothing is fetched from another origin: fonts, icons and scripts come from the site itself.
test('no page requests anything from another origin', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(`${page.url()} → ${r.url()}`);
  });
  for (const path of sitemap()) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(foreign).toEqual([]);
});
