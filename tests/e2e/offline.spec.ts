import { expect, test, type Page } from '@playwright/test';
import { stepsOf } from '../../src/lib/scan/scoring';
import { at } from '../support/must';
import { answerSituation, noConcerns, startPlan } from '../support/plan-journey';
import { precacheUrls, untilPrecached } from '../support/offline';
import { readInstruments } from '../support/scan';
import { DIST, islandsReady, sitemap } from '../support/site';

// A real service worker: installed on the first visit, then everything without a network.
test.use({ serviceWorkers: 'allow' });
// Thirty-odd pages and four tools on a busy machine: give it time.
test.describe.configure({ timeout: 240_000 });

/** First visit; returns once the whole site is on the device, and how long that took. */
async function installOnFirstVisit(page: Page) {
  const started = Date.now();
  await page.goto('/');
  const cached = await untilPrecached(page, precacheUrls(DIST).length);
  return { cached, ms: Date.now() - started };
}

test('after one visit, every sitemap page opens offline; an uncached page shows the offline page', async ({
  page,
  context,
  baseURL,
}) => {
  // About a minute on a quiet machine; on a crowded one each page may take seconds to render.
  test.setTimeout(60_000 + sitemap().length * 8_000);
  const { cached, ms } = await installOnFirstVisit(page);
  test.info().annotations.push({
    type: 'precache',
    description: `${cached.length} files ready ${ms} ms after the first visit began`,
  });
  const origin = new URL(baseURL!).origin;
  expect(
    cached.filter((url) => new URL(url).origin !== origin),
    'cached from another origin',
  ).toEqual([]);
  const cachedPaths = new Set(cached.map((url) => new URL(url).pathname));
  for (const path of sitemap()) expect(cachedPaths, `${path} precached`).toContain(path);

  await context.setOffline(true);
  for (const path of sitemap()) {
    const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), `${path} from the service worker`).toBe(true);
    await expect(page.locator('main h1'), path).toBeVisible();
    if (path !== '/offline/') await expect(page.locator('main'), path).not.toContainText('Je bent offline');
  }
  // The offline state is shown, quietly, once the page is idle.
  await expect(page.getByText('Offline: je ziet de bewaarde versie van de gids.')).toBeVisible();

  await page.goto('/gids/bestaat-niet/');
  await expect(page.getByRole('heading', { level: 1, name: 'Je bent offline' })).toBeVisible();
  const guide = page.locator('main').getByRole('link', { name: 'Vertrouwen herstellen' });
  await guide.click();
  await expect(page).toHaveURL('/gids/vertrouwen-herstellen/');
  await expect(page.getByRole('heading', { level: 1, name: 'Vertrouwen herstellen' })).toBeVisible();

  await context.setOffline(false);
  await page.evaluate(() => dispatchEvent(new Event('online')));
  await expect(page.getByText('Offline: je ziet de bewaarde versie van de gids.')).toBeHidden();
});

test('offline: search finds a chapter, the scan saves its result, the calculator and the plan builder work', async ({
  page,
  context,
}) => {
  await installOnFirstVisit(page);
  await context.setOffline(true);

  await test.step('search', async () => {
    await page.goto('/zoeken/');
    const input = page.locator('main input');
    // Dutch stemming: "herstelde" is not in the text as such.
    await input.first().fill('herstelde');
    // Pagefind compiles its wasm first, which takes a while on a busy machine.
    await expect(
      page.locator('.search__results a', { hasText: 'Vertrouwen herstellen' }).first(),
    ).toBeVisible({ timeout: 30_000 });
  });

  await test.step('scan', async () => {
    const ins = at(readInstruments(), 0, 'instrument');
    await page.goto('/scan/');
    await islandsReady(page);
    await page.getByRole('button', { name: `Begin met ${ins.title}` }).click();
    const steps = stepsOf(ins.items);
    for (const [s, items] of steps.entries()) {
      await expect(
        page.getByRole('heading', { level: 2, name: `${ins.title}: stap ${s + 1} van ${steps.length}` }),
      ).toBeFocused();
      const groups = page.locator('.scan-items fieldset');
      await expect(groups).toHaveCount(items.length);
      for (let i = 0; i < items.length; i++)
        await groups
          .nth(i)
          .getByRole('radio', { name: at(ins.response.labels, (s + i) % 5, 'label'), exact: true })
          .check();
      await page
        .getByRole('button', { name: s === steps.length - 1 ? 'Naar je resultaat' : 'Volgende' })
        .click();
    }
    await expect(page.getByRole('heading', { level: 2, name: `Je resultaat: ${ins.title}` })).toBeFocused();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('vw:scan')!).data.results.length);
    expect(saved).toBe(1);
  });

  await test.step('calculator', async () => {
    await page.goto('/vertrouwensquotient/');
    await expect(page.getByRole('button', { name: 'Nieuwe relatie' })).toBeEnabled();
    await page.getByLabel('Over wie gaat het?').fill('Youssef');
    await page.getByLabel('een collega').check();
    const factors = ['Bekwaamheid', 'Betrouwbaarheid', 'Intenties', 'Integriteit', 'Kans', 'Impact'];
    for (const [i, f] of factors.entries())
      await page.getByRole('slider', { name: f, exact: true }).fill(String([8, 6, 9, 9, 4, 8][i]));
    await expect(page.getByRole('region', { name: 'Uitkomst' }).locator('.qcalc__q')).toHaveText(
      'Youssef, een collega. Quotiënt 21',
    );
    await page.getByRole('button', { name: 'Bewaar deze relatie', exact: true }).click();
    await expect(page.getByText('Youssef is bewaard.')).toBeVisible();
  });

  await test.step('plan builder', async () => {
    await startPlan(page);
    await noConcerns(page);
    await answerSituation(page);
    await page.getByRole('button', { name: 'Bekijk het voorstel' }).click();
    await page.getByRole('button', { name: 'Neem dit plan over' }).click();
    await expect(page.locator('.step--plan .action').first()).toBeVisible();
    await page.getByRole('button', { name: /Volgende stap: Opvolgen/ }).click();
    await expect(page.locator('.step--follow')).toBeVisible();
    const plans = await page.evaluate(() => JSON.parse(localStorage.getItem('vw:herstelplannen')!).data);
    expect(JSON.stringify(plans)).toContain('"adopted":true');
  });
});
