import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations as noAxeViolations } from '../support/axe';
import { islandsReady } from '../support/site';
import { answerSituation, noConcerns, startPlan } from '../support/plan-journey';
import { createPlan, STEPS } from '../../src/lib/repair/plan';
import { must } from '../support/must';
import { stepsIntro } from '../../src/i18n/repair/builder';

const PATH = '/herstelplan/';

/** Opens the proposal; checks the actions (by title) it holds and those it leaves out. */
async function openProposal(page: Page, holds: string[] = [], leavesOut: string[] = []) {
  await page.getByRole('button', { name: 'Bekijk het voorstel' }).click();
  const proposal = page.locator('.step--proposal');
  for (const name of holds) await expect(proposal.getByRole('heading', { name })).toBeVisible();
  for (const name of leavesOut) await expect(proposal.getByRole('heading', { name })).toHaveCount(0);
  return proposal;
}

/** Notes a check-in in the follow-up step: its date, a score per factor (in the form's order), a note. */
async function saveCheckIn(scope: Page | Locator, date: string, scores: readonly number[], note?: string) {
  await scope.getByLabel('Datum', { exact: true }).fill(date);
  if (note !== undefined) await scope.getByLabel(/Wat zie je/).fill(note);
  const factors = [
    'Bekwaamheid',
    'Betrouwbaarheid',
    'Intenties',
    'Integriteit',
    'Kans dat het misgaat',
    'Impact als het misgaat',
  ];
  for (const [i, f] of factors.entries())
    await scope.getByLabel(f, { exact: true }).selectOption(String(scores[i]));
  await scope.getByRole('button', { name: 'Bewaar terugblik' }).click();
}

async function downloadText(page: Page, button: string | RegExp) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** Seeds the stored plans (as raw text) once per test: a reload keeps what the test changed. */
async function seedStored(page: Page, raw: string) {
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('vw:herstelplannen', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, raw);
}

/** Seeds saved plans once per test; the first is the open one. */
async function seedPlans(page: Page, names: string[]) {
  const plans = names.map((name, i) => createPlan(`p${i}`, name, new Date('2026-01-05T09:00:00Z')));
  await seedStored(page, JSON.stringify({ v: 1, data: { plans, openId: plans[0]?.id } }));
}

/** The bottom edge of a control, in px from the top of the page as it opens. */
const bottomOf = async (page: Page, name: string) => {
  const box = must(await page.getByRole('button', { name, exact: true }).boundingBox(), `button ${name}`);
  return box.y + box.height;
};

test.describe('on a phone (375 × 800)', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the start is in the first screen without saved plans', async ({ page }) => {
    await page.goto(PATH);
    await islandsReady(page);
    expect(await bottomOf(page, 'Begin een nieuw plan')).toBeLessThanOrEqual(800);
    await expect(page.locator('.lead')).toBeInViewport();
  });

  test('with saved plans the start and the open plan come first, managing plans after it', async ({
    page,
  }) => {
    await seedPlans(page, ['Mijn herstelplan', 'Plan met Sanne']);
    await page.goto(PATH);
    await islandsReady(page);
    expect(await bottomOf(page, 'Begin een nieuw plan')).toBeLessThanOrEqual(800);
    await expect(page.getByRole('heading', { name: 'Mijn herstelplan', level: 2 })).toBeInViewport();
    // Deleting, downloading and importing come after the wizard, and the keyboard reaches them.
    const wizard = must(await page.locator('.plan').boundingBox(), 'the open plan');
    const manage = must(await page.locator('.plans').boundingBox(), 'the plans list');
    expect(manage.y).toBeGreaterThan(wizard.y + wizard.height);
    await page.getByRole('link', { name: 'Naar je 2 plannen' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Mijn plannen' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Verwijder Mijn herstelplan' })).toBeFocused();
  });
});

test('the intro counts the steps the wizard has', async ({ page }) => {
  await startPlan(page);
  const stepper = page.getByRole('navigation', { name: 'Stappen van je plan' }).getByRole('button');
  await expect(stepper).toHaveCount(STEPS.length);
  const intro = page.getByRole('region', { name: /^In \w+ stappen$/ });
  await expect(intro.locator('ol > li')).toHaveCount(STEPS.length);
  await expect(intro.getByRole('heading')).toHaveText(stepsIntro.title(STEPS.length));
  await expect(page.getByRole('heading', { name: new RegExp(`Stap 1 van ${STEPS.length}`) })).toBeVisible();
  // Each line of the intro names a step as the stepper does, in the same order.
  const names = await stepper.evaluateAll((bs) =>
    bs.map((b) => b.textContent!.replace(/^\d+\s*|\s*\(nog niet beschikbaar\)$/g, '').trim()),
  );
  const lines = await intro.locator('ol > li > strong').allInnerTexts();
  expect(lines.map((l) => l.replace(/\.$/, ''))).toEqual(names);
});

test('from safety check to an exported calendar file, then follow-up across a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await startPlan(page);
  await noConcerns(page);
  await expect(page.getByRole('heading', { name: /Stap 2 van 5: De situatie/ })).toBeFocused();

  await answerSituation(page, /^Integriteit/);
  await page.getByLabel('Naam van dit plan').fill('Verslag aan de directie');

  // The proposal fits an integrity breach: more than words, with its sources.
  const proposal = await openProposal(
    page,
    ['Erken wat er gebeurde, zonder het kleiner te maken', 'Maak afspraken die de ander kan nagaan'],
    ['Bied excuses aan en noem je eigen aandeel'],
  );
  await expect(proposal.getByRole('link', { name: '(Kim et al., 2004)' })).toHaveAttribute(
    'href',
    '/bronnen/#kim2004',
  );
  await expect(proposal.getByRole('link', { name: 'Integriteitsschending' }).first()).toHaveAttribute(
    'href',
    '/gids/vertrouwen-herstellen/#integriteitsschending',
  );
  await page.getByRole('button', { name: 'Neem dit plan over' }).click();

  // Make it yours: an owner and a date, an own action, a removal undone.
  const plan = page.locator('.step--plan');
  await expect(plan).toBeVisible();
  const first = plan.locator('.action').first();
  const firstTitle = await first.locator('.action__title').innerText();
  await first.getByLabel('Wie', { exact: true }).fill('ik');
  await first.getByLabel('Wanneer', { exact: true }).fill('2030-03-10');
  const own = plan.locator('.add-action');
  await own.getByLabel('Actie', { exact: true }).fill('Verslagen voortaan eerst samen lezen');
  await own.getByLabel('Wanneer', { exact: true }).fill('2030-03-20');
  await plan.getByRole('button', { name: 'Voeg toe' }).click();
  await expect(plan.getByRole('heading', { name: 'Verslagen voortaan eerst samen lezen' })).toBeVisible();
  const removable = plan.locator('.action').nth(1);
  const removedTitle = await removable.locator('.action__title').innerText();
  // One primary button on the screen; removing asks first, in a destructive style, and can be undone.
  await expect(plan.locator('.button:not(.button--secondary):not(.button--quiet):visible')).toHaveCount(1);
  await removable.getByRole('button', { name: /^Verwijder/ }).click();
  const yes = removable.getByRole('button', { name: 'Ja, verwijder' });
  await expect(yes).toBeFocused();
  await removable.getByRole('button', { name: 'Nee, laat staan' }).click();
  await expect(removable.getByRole('button', { name: /^Verwijder/ })).toBeFocused();
  await removable.getByRole('button', { name: /^Verwijder/ }).click();
  await removable.getByRole('button', { name: 'Ja, verwijder' }).click();
  await expect(page.getByRole('button', { name: 'Zet terug' })).toBeFocused();
  await page.getByRole('button', { name: 'Zet terug' }).click();
  await expect(plan.getByRole('heading', { name: removedTitle })).toBeVisible();
  await plan.getByLabel('Eerste terugblik').fill('2030-03-24');
  await plan.getByLabel('Ritme').selectOption('week');

  // The calendar file: valid iCalendar, with the dated actions and the weekly check-ins.
  const ics = await downloadText(page, 'Zet in je agenda');
  expect(ics.name).toMatch(/^herstelplan-verslag-aan-de-directie-\d{4}-\d{2}-\d{2}\.ics$/);
  const cal = new ICAL.Component(ICAL.parse(ics.text));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.summary)).toEqual(
    expect.arrayContaining([
      firstTitle,
      'Verslagen voortaan eerst samen lezen',
      'Terugblik: Verslag aan de directie',
    ]),
  );
  expect(
    events
      .filter((e) => e.summary.startsWith('Terugblik'))
      .map((e) => e.startDate.toString())
      .slice(0, 2),
  ).toEqual(['2030-03-24', '2030-03-31']);
  expect(events.find((e) => e.summary === 'Verslagen voortaan eerst samen lezen')!.startDate.toString()).toBe(
    '2030-03-20',
  );

  // Follow-up: mark done, note a check-in with a re-rating.
  await page.getByRole('button', { name: /Volgende stap: Opvolgen/ }).click();
  const follow = page.locator('.step--follow');
  await follow.getByLabel('Erken wat er gebeurde, zonder het kleiner te maken').check();
  await expect(follow.getByText(/^1 van de \d+ acties gedaan\.$/)).toBeVisible();
  // A refused check-in puts focus where the problem is: the first factor without a score.
  await follow.getByLabel('Bekwaamheid', { exact: true }).selectOption('5');
  await follow.getByRole('button', { name: 'Bewaar terugblik' }).focus();
  await page.keyboard.press('Enter');
  await expect(follow.getByRole('alert')).toHaveText('Geef alle zes de factoren een score, of geen enkele.');
  await expect(follow.getByLabel('Betrouwbaarheid', { exact: true })).toBeFocused();
  await follow.getByLabel('Bekwaamheid', { exact: true }).selectOption('');
  await follow.getByRole('button', { name: 'Bewaar terugblik' }).click();
  await expect(follow.getByLabel(/Wat zie je/)).toBeFocused();
  await saveCheckIn(follow, '2030-03-24', [6, 4, 6, 3, 7, 8], 'Eerste gesprek gevoerd.');
  await expect(follow.getByText('Na twee terugblikken met scores')).toBeVisible();

  await page.reload();
  const again = page.locator('.step--follow');
  await expect(again.getByLabel('Erken wat er gebeurde, zonder het kleiner te maken')).toBeChecked();
  await expect(again.getByText('Eerste gesprek gevoerd.')).toBeVisible();
  await saveCheckIn(follow, '2030-03-31', [6, 6, 7, 6, 5, 6], 'Afspraken nagekomen.');
  await expect(
    again
      .getByText(/De index ging van 6 naar 14,2\. Grootste vooruitgang: integriteit \(van 3 naar 6\)\./)
      .first(),
  ).toBeVisible();
  await expect(again.getByRole('img', { name: /Vertrouwensindex per terugblik/ })).toBeVisible();
  await expect(again.getByRole('table').getByRole('row')).toHaveCount(3);
});

test('harassment or fraud: the formal routes first, then a plan for what remains', async ({ page }) => {
  await startPlan(page);
  await page.getByLabel('Pesten, intimidatie of seksueel grensoverschrijdend gedrag').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  const routes = page.getByRole('region', { name: 'Dit is geen vertrouwensoefening' });
  await expect(routes).toBeFocused();
  for (const route of [
    'De vertrouwenspersoon',
    'In België: de preventieadviseur psychosociale aspecten',
    'HR of een hogere leidinggevende',
    'De ondernemingsraad',
    'De klokkenluidersregeling',
  ]) {
    await expect(routes.getByText(route, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: /De situatie/ })).toBeDisabled();
  await noAxeViolations(page, 'formal routes');
  await page.getByRole('button', { name: 'Verder met wat overblijft' }).click();
  await answerSituation(page);
  const proposal = await openProposal(page, [], ['Voer een herstelgesprek']);
  await expect(proposal.locator('.action__title').first()).toHaveText('Laat de formele route voorgaan');
  await expect(
    proposal.getByText('Er gaat een formele route voor. Dit plan gaat over wat overblijft.'),
  ).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`every step passes axe (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await startPlan(page);
    await noAxeViolations(page, 'safety');
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await noAxeViolations(page, 'safety with hint');
    await noConcerns(page);
    await noAxeViolations(page, 'situation');
    await answerSituation(page);
    await expect(await openProposal(page)).toBeVisible();
    await noAxeViolations(page, 'proposal');
    await page.getByRole('button', { name: 'Neem dit plan over' }).click();
    await expect(page.locator('.step--plan')).toBeVisible();
    await page.getByLabel('Wat zag of hoorde je?').fill('Je bent altijd te laat');
    await page.locator('.action').first().getByRole('button', { name: 'Bewerk tekst' }).click();
    await noAxeViolations(page, 'plan');
    await page.getByRole('button', { name: /Volgende stap: Opvolgen/ }).click();
    await expect(page.locator('.step--follow')).toBeVisible();
    for (const [date, scores] of [
      ['2030-01-01', [5, 5, 5, 5, 5, 5]],
      ['2030-01-08', [6, 6, 6, 6, 4, 4]],
    ] as const) {
      await saveCheckIn(page, date, scores);
    }
    await expect(page.getByRole('img', { name: /Vertrouwensindex/ })).toBeVisible();
    await noAxeViolations(page, 'follow-up');
  });
}

test('the builder works with the keyboard alone', async ({ page }) => {
  await page.goto(PATH);
  await islandsReady(page);
  const newPlan = page.getByRole('button', { name: 'Begin een nieuw plan' });
  await newPlan.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mijn herstelplan', level: 2 }).last()).toBeFocused();
  await page.getByLabel('Nee, geen van deze').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Verder' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Stap 2 van 5/ })).toBeFocused();
  // Radio groups: arrows choose within a question, Tab moves to the next question.
  await page.getByLabel('Er is iets misgegaan: ik wil vertrouwen herstellen').focus();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
  }
  await expect(page.getByLabel('Tussen mij en een collega')).toBeChecked();
  await expect(page.getByLabel('Ja', { exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Bekijk het voorstel' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Stap 3 van 5/ })).toBeFocused();
  await page.getByRole('button', { name: 'Neem dit plan over' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Stap 4 van 5/ })).toBeFocused();
  // Moving an action keeps focus on the button that moved it.
  const second = page.locator('.action-list').first().locator('.action').nth(1);
  const title = await second.locator('.action__title').innerText();
  await second.getByRole('button', { name: /^↑?\s*Omhoog/ }).focus();
  await page.keyboard.press('Enter');
  await expect(
    page.locator('.action-list').first().locator('.action').first().locator('.action__title'),
  ).toHaveText(title);
  await expect(
    page
      .locator('.action-list')
      .first()
      .locator('.action')
      .first()
      .getByRole('button', { name: /Omhoog/ }),
  ).toBeFocused();
  // A date field reached by Tab shows the site's focus ring, like every other field.
  const first = page.locator('.action-list').first().locator('.action').first();
  await first.getByLabel('Wie', { exact: true }).focus();
  await page.keyboard.press('Tab');
  const date = first.getByLabel('Wanneer', { exact: true });
  await expect(date).toBeFocused();
  const focusColour = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--focus').trim(),
  );
  const ring = await date.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(focusColour.slice(i, i + 2), 16));
  expect(ring.colour).toBe(`rgb(${r}, ${g}, ${b})`);
});

test('Markdown and JSON downloads; a backup comes back after deleting the plan', async ({ page }) => {
  await startPlan(page);
  await noConcerns(page);
  await answerSituation(page);
  await page.getByLabel('Naam van dit plan').fill('Rooster <b>kerst</b>');
  await openProposal(page);
  await page.getByRole('button', { name: 'Neem dit plan over' }).click();
  await page.getByLabel('Wat zag of hoorde je?').fill('Toen het rooster *vrijdag* veranderde');

  const md = await downloadText(page, 'Download als tekst');
  expect(md.name).toMatch(/\.md$/);
  expect(md.text).toContain('# Herstelplan: Rooster \\<b\\>kerst\\</b\\>');
  expect(md.text).toContain('- [ ] **Bied excuses aan en noem je eigen aandeel**');
  expect(md.text).toContain('Toen het rooster \\*vrijdag\\* veranderde');

  const json = await downloadText(page, 'Bewaar als bestand');
  const file = JSON.parse(json.text);
  expect(file).toMatchObject({
    app: 'vertrouwenswijzer',
    kind: 'herstelplannen',
    plans: [{ name: 'Rooster <b>kerst</b>' }],
  });

  await page.getByRole('button', { name: 'Verwijder Rooster <b>kerst</b>' }).click();
  await page.getByRole('button', { name: 'Ja, verwijder' }).click();
  await expect(page.getByText('Het plan "Rooster <b>kerst</b>" is verwijderd.')).toBeVisible();
  await page
    .getByLabel('Lees een bewaard plan in')
    .setInputFiles({ name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) });
  await expect(page.getByText('Eén plan ingelezen en toegevoegd.')).toBeVisible();
  await page.getByRole('button', { name: 'Open Rooster <b>kerst</b>' }).click();
  await page.getByRole('button', { name: /Jouw plan/ }).click();
  await expect(page.getByLabel('Wat zag of hoorde je?')).toHaveValue('Toen het rooster *vrijdag* veranderde');
});

test('a malformed or foreign file is explained, and nothing is lost', async ({ page }) => {
  await startPlan(page);
  const before = await page.evaluate(() => localStorage.getItem('vw:herstelplannen'));
  for (const [name, text, reason] of [
    ['kapot.json', '{ dit is geen json', 'Het is geen bewaard plan, of het bestand is beschadigd.'],
    [
      'ander.json',
      JSON.stringify({ app: 'een-andere-app', plans: [] }),
      'Het is geen herstelplan van Vertrouwenswijzer.',
    ],
    [
      'beschadigd.json',
      JSON.stringify({
        app: 'vertrouwenswijzer',
        kind: 'herstelplannen',
        format: 1,
        exportedAt: 'x',
        plans: [{ id: 'x' }],
      }),
      'Een plan in het bestand is beschadigd',
    ],
  ] as const) {
    await page
      .getByLabel('Lees een bewaard plan in')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.locator('.plans__status')).toContainText(
      `Dit bestand kunnen we niet inlezen. ${reason}`,
    );
    await expect(page.locator('.plans__status')).toContainText('Je plannen zijn niet veranderd.');
    expect(await page.evaluate(() => localStorage.getItem('vw:herstelplannen'))).toBe(before);
  }
  await expect(page.locator('.plans__item')).toHaveCount(1);
});

test("a plan from the scan's growth areas, and a broken hand-off link explained", async ({ page }) => {
  // A link as a version-1 scan result made it: omgeving-intenties was split into colleagues and leader since.
  const code = Buffer.from(
    JSON.stringify({
      instrument: 'vertrouwen-om-mij-heen',
      scales: ['omgeving-veiligheid', 'omgeving-intenties'],
    }),
  ).toString('base64url');
  await page.goto(`${PATH}#vanuit-scan=1.${code}`);
  await expect(page.getByText('Je komt van de scan "Vertrouwen om mij heen".')).toBeVisible();
  await page.getByRole('button', { name: 'Maak een plan vanuit je scan' }).click();
  await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  await noConcerns(page);
  await expect(page.getByLabel('Veiligheid in het team')).toBeChecked();
  await expect(page.getByLabel("Goede bedoelingen van je collega's")).toBeChecked();
  await expect(page.getByLabel('Goede bedoelingen van je leidinggevende')).toBeChecked();
  await openProposal(
    page,
    ['Deel zelf als eerste een twijfel of fout', 'Vraag naar de reden voordat je iets invult'],
    ['Voer een herstelgesprek'],
  );

  await page.goto(`${PATH}#vanuit-scan=1.${code.slice(0, -6)}`);
  await expect(page.getByText(/We konden de link vanuit de scan niet lezen\./)).toBeVisible();
  await expect(page.locator('.plans__item')).toHaveCount(1);
  await noAxeViolations(page, 'broken hand-off');
});

test('print shows the plan alone, without controls', async ({ page }) => {
  await startPlan(page);
  await noConcerns(page);
  await answerSituation(page);
  await openProposal(page);
  await page.getByRole('button', { name: 'Neem dit plan over' }).click();
  await expect(page.locator('.step--plan')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.plan-print')).toBeVisible();
  await expect(page.locator('.plan-print h2')).toHaveText('Herstelplan: Mijn herstelplan');
  for (const hidden of ['.site-header', '.plans', '.stepper', '.plan__step', '.catalogue', 'h1'])
    await expect(page.locator(hidden).first()).toBeHidden();
  await expect(page.locator('.plan-print')).toContainText('Bied excuses aan en noem je eigen aandeel');
});

test('Mijn gegevens lists the plans, and a chapter links to the builder', async ({ page }) => {
  await startPlan(page);
  await page.goto('/mijn-gegevens/');
  await expect(page.getByRole('heading', { name: 'Herstelplannen' })).toBeVisible();
  await page.goto('/gids/vertrouwen-herstellen/');
  await expect(page.getByRole('link', { name: 'herstelplanbouwer' })).toHaveAttribute(
    'href',
    '/herstelplan/',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains itself, lists the formal routes and every action', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('heading', { name: 'Herstelplan', level: 1 })).toBeVisible();
    await expect(page.getByText(/Voor de planbouwer heb je JavaScript nodig/)).toBeVisible();
    await expect(page.getByText('De klokkenluidersregeling', { exact: true })).toBeVisible();
    await page.getByText(/Herstellen na een breuk/).click();
    await expect(page.getByText('Laat de formele route voorgaan.')).toBeVisible();
  });
});

test('unreadable saved plans: a notice, a working builder, and the original kept aside', async ({ page }) => {
  const broken = '{"v":1,"data":{"plans":"kapot"}}';
  await seedStored(page, broken);
  await page.goto(PATH);
  await expect(page.getByText(/hadden een vorm die we niet herkennen/)).toBeVisible();
  await page.getByRole('button', { name: 'Begin een nieuw plan' }).click();
  await noConcerns(page);
  await expect(page.getByRole('heading', { name: /Stap 2 van 5/ })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('vw:herstelplannen:onleesbaar'))).toBe(broken);
  await page.reload();
  await expect(page.locator('.plans__item')).toHaveCount(1);
});
