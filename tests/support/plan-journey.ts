import { expect, type Page } from '@playwright/test';
import { islandsReady } from './site';

/** Opens the plan builder (`path`: under a base, the relative `herstelplan/`) and starts a plan. */
export async function startPlan(page: Page, path = '/herstelplan/') {
  await page.goto(path);
  await islandsReady(page);
  await page.getByRole('button', { name: 'Begin een nieuw plan' }).click();
  await expect(page.getByRole('heading', { name: /Stap 1 van 5/ })).toBeVisible();
}

/** Safety step: none of the concerns applies, on to the situation. */
export async function noConcerns(page: Page) {
  await page.getByLabel('Nee, geen van deze').check();
  await page.getByRole('button', { name: 'Verder' }).click();
}

/** Situation step: I damaged a colleague's trust, seriously, weeks ago, not yet talked about. */
export async function answerSituation(page: Page, violation: RegExp = /^Kunde/) {
  await page.getByLabel('Tussen mij en een collega').check();
  await page.getByLabel(/Ik heb het vertrouwen beschadigd/).check();
  await page.getByLabel(violation).check();
  await page.getByLabel('Ernstig').check();
  await page.getByLabel('Een paar weken tot drie maanden geleden').check();
  await page.getByLabel('Nee, nog niet').check();
}
