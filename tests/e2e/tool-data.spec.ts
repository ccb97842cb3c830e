import { expect, test, type Page } from '@playwright/test';
import { stepsOf } from '../../src/lib/scan/scoring';
import { instrumentPair } from '../support/scan';
import { islandsReady } from '../support/site';
import { answerSituation, noConcerns, startPlan } from '../support/plan-journey';

// The scan and the plan builder read bulky content from a file beside the page when a step needs
// it, instead of carrying it in the page's HTML twice. What the visitor sees: the first screen needs
// no such file; the step that does gets it; and when it cannot be fetched, they are told and can
// try again without losing anything.

const [around] = instrumentPair();
const QUESTIONS = '**/scan/vragenlijsten.json';
const ACTIONS = '**/herstelplan/acties.json';

/** Counts the requests for a file, and lets the next ones fail while `failing` is set. */
async function watch(page: Page, pattern: string) {
  const seen = { requests: 0, failing: false };
  await page.route(pattern, (route) => {
    seen.requests += 1;
    return seen.failing ? route.abort('internetdisconnected') : route.continue();
  });
  return seen;
}

test('the scan: its first screen needs no questions file; Begin fetches it, and a failure can be retried', async ({
  page,
}) => {
  const questions = await watch(page, QUESTIONS);
  await page.goto('/scan/');
  await islandsReady(page);
  await expect(page.getByRole('heading', { name: 'Kies een vragenlijst' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Begin met ${around.title}` })).toBeEnabled();
  expect(questions.requests, 'requests for the questions before Begin').toBe(0);

  questions.failing = true;
  await page.getByRole('button', { name: `Begin met ${around.title}` }).click();
  await expect(page.getByRole('alert')).toContainText('De vragenlijst kon niet geladen worden.');
  expect(await page.evaluate(() => localStorage.getItem('vw:scan'))).toBeNull();

  questions.failing = false;
  await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
  const title = `${around.title}: stap 1 van ${stepsOf(around.items).length}`;
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  await expect(page.locator('.scan-items fieldset').first()).toContainText(around.items[0]!.text);
});

test('the scan: a draft resumes after a reload with the questions fetched again', async ({ page }) => {
  await page.goto('/scan/');
  await islandsReady(page);
  await page.getByRole('button', { name: `Begin met ${around.title}` }).click();
  await page.locator('.scan-items fieldset').first().getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /stap 2 van/ })).toBeVisible();

  const questions = await watch(page, QUESTIONS);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /stap 2 van/ })).toBeVisible();
  expect(questions.requests).toBeGreaterThan(0);
});

test('the plan builder: the proposal fetches the action catalogue, and a failure can be retried', async ({
  page,
}) => {
  const actions = await watch(page, ACTIONS);
  await startPlan(page);
  await noConcerns(page);
  await answerSituation(page);
  expect(actions.requests, 'requests for the catalogue before the proposal').toBe(0);

  actions.failing = true;
  await page.getByRole('button', { name: 'Bekijk het voorstel' }).click();
  await expect(page.getByRole('alert')).toContainText('Dit deel kon niet geladen worden.');

  actions.failing = false;
  await page.getByRole('button', { name: 'Probeer opnieuw' }).click();
  await expect(page.locator('.step--proposal .action').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Neem dit plan over' })).toBeVisible();
});
