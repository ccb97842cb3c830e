import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { scoreAnswers, stepsOf, type AnswerValue, type Instrument } from '../../src/lib/scan/scoring';
import { compareResults, gapsOf, profileOf } from '../../src/lib/scan/profile';
import { complete, emptyScanState, open, type ScanState } from '../../src/lib/scan/draft';
import { encodeShare } from '../../src/lib/core/share-code';
import { scanResultFormat } from '../../src/lib/scan/codec';
import { isPublished } from '../../src/lib/content/tools';
import { axeViolations as axe } from '../support/axe';
import { at, must } from '../support/must';
import { instrument, patternAnswers, instrumentPair } from '../support/scan';
import { islandsReady } from '../support/site';

// A journey answers thirty statements one by one, as a person would: give it time on a busy machine.
test.describe.configure({ timeout: 90_000 });
const [around, self] = instrumentPair();
const KEY = 'vw:scan';

const label = (ins: Instrument, v: AnswerValue) =>
  v === 0 ? ins.response.unknown : at(ins.response.labels, v - 1, 'answer label');
/** The answer a test gave to an item. */
const answerTo = (answers: Record<string, AnswerValue>, id: string) => must(answers[id], `answer to ${id}`);

/** The radio button for answer `v` of the n-th statement on screen. */
const choice = (page: Page, ins: Instrument, n: number, v: AnswerValue) =>
  page
    .locator('.scan-items fieldset')
    .nth(n)
    .getByRole('radio', { name: label(ins, v), exact: true });

/** Answers the items of the current step from `answers` (missing ids are left open). */
async function answerStep(page: Page, ins: Instrument, step: number, answers: Record<string, AnswerValue>) {
  const items = at(stepsOf(ins.items), step, 'step');
  const groups = page.locator('.scan-items fieldset');
  await expect(groups).toHaveCount(items.length);
  await expect(groups.first().locator('legend')).toContainText(at(items, 0, 'item of the step').text);
  for (const [i, item] of items.entries()) {
    const v = answers[item.id];
    if (v !== undefined) await choice(page, ins, i, v).check();
  }
}

/** The step on screen shows the answer given to each of its statements. */
async function expectStepAnswered(
  page: Page,
  ins: Instrument,
  step: number,
  answers: Record<string, AnswerValue>,
) {
  for (const [i, item] of at(stepsOf(ins.items), step, 'step').entries())
    await expect(choice(page, ins, i, answerTo(answers, item.id))).toBeChecked();
}

/** Starts an instrument and answers every step; ends on the result or the review. */
async function fillIn(page: Page, ins: Instrument, answers: Record<string, AnswerValue>) {
  await page.getByRole('button', { name: `Begin met ${ins.title}` }).click();
  const steps = stepsOf(ins.items).length;
  for (let s = 0; s < steps; s++) {
    await expect(
      page.getByRole('heading', { level: 2, name: `${ins.title}: stap ${s + 1} van ${steps}` }),
    ).toBeFocused();
    await answerStep(page, ins, s, answers);
    await page.getByRole('button', { name: s === steps - 1 ? 'Naar je resultaat' : 'Volgende' }).click();
  }
}

/** The scores table of the result on screen, as scale name → score text. */
async function scoreTable(page: Page) {
  const rows = page.locator('.scan-result table').first().locator('tbody tr');
  return Object.fromEntries(
    await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')!.textContent!.trim(),
        tr.querySelector('td')!.textContent!.trim(),
      ]),
    ),
  );
}

const expectedTable = (ins: Instrument, answers: Record<string, AnswerValue>) => {
  const scores = scoreAnswers(ins, answers);
  return Object.fromEntries(
    ins.scales.map((s) => [s.name, scores[s.id] === null ? '–' : String(scores[s.id])]),
  );
};

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

/** Seeds the scan's storage once per test (later reloads keep what the page saved). */
async function seed(page: Page, state: ScanState | string) {
  const raw = typeof state === 'string' ? state : JSON.stringify({ v: 1, data: state });
  await page.addInitScript(
    ([k, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, raw] as const,
  );
}

test('Vertrouwen om mij heen: complete, see scores, strengths, growth areas and what to read; kept in the history', async ({
  page,
}) => {
  const answers = patternAnswers(around, [4, 2, 5, 3, 1, 4, 5, 2]);
  await page.goto('/scan/');
  await fillIn(page, around, answers);

  await expect(page.getByRole('heading', { level: 2, name: `Je resultaat: ${around.title}` })).toBeFocused();
  expect(await scoreTable(page)).toEqual(expectedTable(around, answers));
  const profile = profileOf(around, scoreAnswers(around, answers));
  const names = (ids: string[]) => ids.map((id) => around.scales.find((s) => s.id === id)!.name);
  await expect(page.locator('.scan-highlight').first().getByRole('link')).toHaveText(
    names(profile.strengths),
  );
  await expect(page.locator('.scan-highlight').nth(1).getByRole('link')).toHaveText(names(profile.growth));
  await expect(page.getByText('geen gevalideerde test', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /Staafdiagram/ })).toBeVisible();

  // Where the same was asked about colleagues and the leader, the gap is put into words.
  const gaps = gapsOf(around, scoreAnswers(around, answers));
  expect(gaps.length).toBeGreaterThan(0);
  await expect(page.locator('.scan-gaps li')).toHaveCount(gaps.length);
  await expect(page.locator('.scan-gaps li').first()).toContainText(
    `${at(gaps, 0).name}: je collega's ${at(gaps, 0).first.score}, je leidinggevende ${at(gaps, 0).second.score}.`,
  );
  // The bands are a reading aid whose cut-offs the authors chose.
  await expect(page.getByRole('columnheader', { name: 'Leeshulp' })).toBeVisible();
  await expect(page.getByText('hebben wij, de makers van deze gids, zelf gekozen').first()).toBeVisible();

  // Each growth area names the chapter sections to read, and they exist.
  for (const id of profile.growth) {
    const scale = around.scales.find((s) => s.id === id)!;
    const links = page.locator(`#schaal-${id} .scan-read a`);
    await expect(links).toHaveCount(scale.read.length);
    for (const [i, ref] of scale.read.entries())
      await expect(links.nth(i)).toHaveAttribute('href', `/gids/${ref.replace('#', '/#')}`);
  }
  const href = await page.locator(`#schaal-${profile.growth[0]} .scan-read a`).first().getAttribute('href');
  const response = await page.request.get(at(href!.split('#'), 0, 'path of the link'));
  expect(response.ok()).toBe(true);
  expect(await response.text()).toContain(`id="${href!.split('#')[1]}"`);

  // The plan button appears only once the repair-plan builder is published.
  await expect(page.getByRole('link', { name: 'Maak een plan voor je groeipunten' })).toHaveCount(
    isPublished('herstelplan') ? 1 : 0,
  );

  const state = JSON.parse((await stored(page))!).data as ScanState;
  expect(state.drafts).toEqual({});
  expect(state.results).toHaveLength(1);
  expect(state.results[0]).toMatchObject({
    instrument: around.id,
    version: around.version,
    answers,
    scores: scoreAnswers(around, answers),
  });

  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  await expect(page.getByRole('heading', { name: 'Kies een vragenlijst' })).toBeFocused();
  await expect(page.locator('.scan-history')).toContainText(around.title);
});

test('Mijn vertrouwenswaardigheid: open items are pointed out before the result; too few answers say so', async ({
  page,
}) => {
  const ins = self;
  const scale = at(ins.scales, 0, 'scale');
  const ofScale = ins.items.map((it, n) => (it.scale === scale.id ? n : -1)).filter((n) => n >= 0);
  // Leave all but one item of the first scale open, and one more elsewhere.
  const skip = [...ofScale.slice(1), ins.items.findIndex((it) => it.scale !== scale.id)];
  const answers = patternAnswers(ins, [5, 4, 3, 4, 2, 0, 5], skip);
  await page.goto('/scan/');
  await fillIn(page, ins, answers);

  await expect(page.getByRole('heading', { name: 'Nog niet alles beantwoord' })).toBeFocused();
  await expect(
    page.getByText(`Je hebt ${skip.length} van de ${ins.items.length} stellingen nog niet beantwoord.`),
  ).toBeVisible();
  await expect(page.locator('.scan-open-list li')).toHaveCount(skip.length);
  await expect(page.getByText(`krijgen deze onderdelen geen score: ${scale.name}`)).toBeVisible();

  // Back to the first open item: it is marked; answer it, then go on anyway.
  await page.getByRole('button', { name: 'Terug naar de stellingen' }).click();
  await expect(page.locator('.scan-items li.is-open').first()).toContainText('nog open');
  const first = at(ins.items, Math.min(...skip), 'item');
  await page
    .locator('.scan-items li.is-open')
    .first()
    .getByRole('radio', { name: at(ins.response.labels, 3, 'answer label'), exact: true })
    .check();
  answers[first.id] = 4;
  const last = stepsOf(ins.items).length;
  while (!(await page.getByRole('button', { name: 'Naar je resultaat' }).isVisible()))
    await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`stap ${last} van ${last}`) })).toBeVisible();
  await page.getByRole('button', { name: 'Naar je resultaat' }).click();
  await page.getByRole('button', { name: 'Toch naar het resultaat' }).click();

  await expect(page.getByRole('heading', { level: 2, name: `Je resultaat: ${ins.title}` })).toBeVisible();
  expect(await scoreTable(page)).toEqual(expectedTable(ins, answers));
  const scores = scoreAnswers(ins, answers);
  for (const s of ins.scales.filter((x) => scores[x.id] === null))
    await expect(page.locator(`#schaal-${s.id}`)).toContainText('Te weinig antwoorden voor een score');
});

test('closing the tab and coming back resumes at the same step with the same answers', async ({ page }) => {
  const answers = patternAnswers(around, [3, 4, 2, 5, 1]);
  await page.goto('/scan/');
  await page.getByRole('button', { name: `Begin met ${around.title}` }).click();
  await answerStep(page, around, 0, answers);
  await page.getByRole('button', { name: 'Volgende' }).click();
  const second = at(stepsOf(around.items), 1, 'step');
  const secondFirst = at(second, 0, 'item of step 2');
  await choice(page, around, 0, answerTo(answers, secondFirst.id)).check();

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`${around.title}: stap 2 van`) }),
  ).toBeVisible();
  await expect(page.getByText('Je gaat verder waar je was gebleven.')).toBeVisible();
  await expect(choice(page, around, 0, answerTo(answers, secondFirst.id))).toBeChecked();
  await page.getByRole('button', { name: 'Vorige' }).click();
  await expectStepAnswered(page, around, 0, answers);

  // Back to the overview: the draft shows as in progress and can be continued.
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  const done = at(stepsOf(around.items), 0, 'step').length + 1;
  await expect(page.locator(`#${around.id}`)).toContainText(
    `${done} van de ${around.items.length} stellingen beantwoord`,
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kies een vragenlijst' })).toBeVisible();
  await page.getByRole('button', { name: `Ga verder met ${around.title}` }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(`${around.title}: stap 1 van`) }),
  ).toBeVisible();
});

test('Back and Forward move between the steps of the scan, keeping the answers', async ({ page }) => {
  const answers = patternAnswers(around, [3, 4, 2, 5, 1]);
  const steps = stepsOf(around.items).length;
  const stepHeading = (n: number) =>
    page.getByRole('heading', { level: 2, name: `${around.title}: stap ${n} van ${steps}` });
  await page.goto('/gids/');
  await page.goto('/scan/');
  await page.getByRole('button', { name: `Begin met ${around.title}` }).click();
  await answerStep(page, around, 0, answers);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(stepHeading(2)).toBeFocused();
  await answerStep(page, around, 1, answers);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(stepHeading(3)).toBeFocused();

  await page.goBack();
  await expect(stepHeading(2)).toBeFocused();
  await expectStepAnswered(page, around, 1, answers);
  await page.goBack();
  await expect(stepHeading(1)).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Kies een vragenlijst' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/scan/');
  await page.goForward();
  await expect(stepHeading(1)).toBeFocused();
  // A reload keeps the place; Back from the scan's first screen leaves it, as on any page.
  await page.reload();
  await expect(stepHeading(1)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Kies een vragenlijst' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/gids\/$/);
});

test('compare with an earlier result: change per scale', async ({ page }) => {
  const earlierAnswers = patternAnswers(self, [2, 3, 2, 4, 3]);
  const seeded = complete(
    (() => {
      let s = open(emptyScanState(), self, new Date('2025-01-15T09:00:00.000Z')).state;
      s = {
        ...s,
        drafts: {
          [self.id]: { ...must(s.drafts[self.id], 'the draft just opened'), answers: earlierAnswers },
        },
      };
      return s;
    })(),
    self,
    new Date('2025-01-15T09:20:00.000Z'),
    'eerder01',
  );
  await seed(page, seeded.state);
  const laterAnswers = patternAnswers(self, [4, 5, 3, 4, 5, 2]);
  await page.goto('/scan/');
  await expect(page.locator('.scan-history')).toContainText(self.title);
  await fillIn(page, self, laterAnswers);
  await page.getByRole('button', { name: 'Vergelijk met een eerder resultaat' }).click();

  await expect(page.getByRole('heading', { level: 2, name: `Vergelijking: ${self.title}` })).toBeFocused();
  const state = JSON.parse((await stored(page))!).data as ScanState;
  const later = state.results.find((r) => r.id !== 'eerder01')!;
  const c = compareResults(self, seeded.result!, later);
  const rows = page.locator('.scan-result table tbody tr');
  await expect(rows).toHaveCount(c.rows.length);
  for (const [i, r] of c.rows.entries()) {
    const change =
      r.change === null
        ? 'geen vergelijking'
        : r.change > 0
          ? `+${r.change}`
          : r.change < 0
            ? `−${-r.change}`
            : '0';
    await expect(rows.nth(i).locator('th, td')).toHaveText([
      r.scale.name,
      String(r.before ?? '–'),
      String(r.after ?? '–'),
      change,
    ]);
  }

  // Any two can be compared from the overview too.
  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Vergelijking: ${self.title}` })).toBeVisible();
});

test('share link: opens read-only in a fresh browser, saved only on request', async ({ page, browser }) => {
  const answers = patternAnswers(around, [5, 4, 1, 3, 2, 0]);
  await page.goto('/scan/');
  await fillIn(page, around, answers);
  await page.getByRole('button', { name: 'Maak een deellink' }).click();
  const link = await page.getByLabel('Deellink naar dit resultaat').inputValue();
  expect(link).toMatch(/\/scan\/#scan-resultaat=1\.[A-Za-z0-9_-]+$/);
  const own = await scoreTable(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('heading', { level: 2, name: `Gedeeld resultaat: ${around.title}` }),
  ).toBeVisible();
  await expect(other.getByText('Het staat niet op dit apparaat')).toBeVisible();
  expect(await scoreTable(other)).toEqual(own);
  await expect(other.getByRole('button', { name: 'Maak een deellink' })).toHaveCount(0);
  expect(await other.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();

  await other.getByRole('button', { name: 'Bewaar bij mijn resultaten' }).click();
  await expect(other.getByText('Dit resultaat staat al bij je resultaten.')).toBeVisible();
  const saved = JSON.parse((await other.evaluate((k) => localStorage.getItem(k), KEY))!).data as ScanState;
  expect(saved.results).toHaveLength(1);
  expect(at(saved.results, 0, 'saved result').answers).toEqual(answers);

  await other.getByRole('button', { name: 'Naar mijn eigen scans' }).click();
  await expect(other).toHaveURL(/\/scan\/$/);
  await expect(other.locator('.scan-history')).toContainText(around.title);
  await fresh.close();
});

test('a bad share link is explained, changes nothing, and shows the visitor’s own scans', async ({
  page,
}) => {
  const answers = patternAnswers(around, [3, 4]);
  const own = complete(
    {
      ...open(emptyScanState(), around, new Date()).state,
      drafts: { [around.id]: { version: around.version, answers, step: 0, startedAt: '' } },
    },
    around,
    new Date(),
    'eigen001',
  ).state;
  await seed(page, own);
  const good = encodeShare(scanResultFormat, own.results[0]);
  for (const [hash, reason] of [
    ['#scan-resultaat=1.dit-is-kapot', 'onvolledig of beschadigd'],
    [`#${good.slice(0, -12)}`, 'onvolledig of beschadigd'],
    [`#${good.replace('=1.', '=9.')}`, 'andere versie van deze site'],
    [
      `#${encodeShare(scanResultFormat, { ...own.results[0], instrument: 'bestaat-niet' })}`,
      'vragenlijst die deze site niet kent',
    ],
  ] as const) {
    await page.goto(`/scan/${hash}`);
    await expect(page.getByRole('alert')).toContainText(
      'Deze link naar een scanresultaat kunnen we niet lezen.',
    );
    await expect(page.getByRole('alert')).toContainText(reason);
    await expect(page.locator('.scan-history')).toContainText(around.title);
    expect(JSON.parse((await stored(page))!).data).toEqual(own);
  }
  expect(await axe(page)).toEqual([]);
});

test('corrupt saved data: a notice, a working scan, and the original kept aside', async ({ page }) => {
  await seed(page, '{"v":1,"data":{"drafts":"kapot"');
  await page.goto('/scan/');
  await expect(page.getByText(/konden niet gelezen worden/)).toBeVisible();
  await page.getByRole('button', { name: `Begin met ${self.title}` }).click();
  await choice(page, self, 0, 5).check();
  expect(JSON.parse((await stored(page))!).data.drafts[self.id].answers).toEqual({
    [at(self.items, 0, 'item').id]: 5,
  });
  expect(await page.evaluate((k) => localStorage.getItem(`${k}:onleesbaar`), KEY)).toBe(
    '{"v":1,"data":{"drafts":"kapot"',
  );
});

test('a result made with another version of the instrument shows its own scores and says so', async ({
  page,
}) => {
  const scores = Object.fromEntries(around.scales.map((s, i) => [s.id, i === 2 ? null : 20 + i * 7]));
  const result = {
    id: 'versie01',
    instrument: around.id,
    version: around.version + 1,
    completedAt: '2024-11-02T08:00:00.000Z',
    answers: { 'item-dat-weg-is': 4 as AnswerValue },
    scores,
  };
  await seed(page, { drafts: {}, results: [result] });
  await page.goto('/scan/');
  await page.getByRole('button', { name: /^Bekijk het resultaat van/ }).click();
  await expect(page.getByText(`versie ${around.version + 1}`)).toBeVisible();
  expect(await scoreTable(page)).toEqual(
    Object.fromEntries(
      around.scales.map((s) => [s.name, scores[s.id] === null ? '–' : String(scores[s.id])]),
    ),
  );
});

/** Relative luminance of a computed CSS colour, `rgb(…)` or `color(srgb …)`. */
function luminance(css: string) {
  const n = (css.match(/[\d.]+/g) ?? []).map(Number);
  const [r, g, b] = (css.startsWith('color(') ? n : n.map((x) => x / 255)).map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

test('on a phone the result table fits the screen and the chart zones stand apart in both themes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const answers = patternAnswers(around, [4, 2, 5, 3, 1, 4, 5, 2]);
  let draft = open(emptyScanState(), around, new Date('2025-01-15T09:00:00.000Z')).state;
  draft = { ...draft, drafts: { [around.id]: { ...must(draft.drafts[around.id], 'draft'), answers } } };
  await seed(page, complete(draft, around, new Date('2025-01-15T09:20:00.000Z'), 'telefoon1').state);
  await page.goto('/scan/');
  await page.getByRole('button', { name: /^Bekijk het resultaat van/ }).click();
  const wrap = page.locator('.table-wrap').first();
  await expect(wrap.getByRole('row')).toHaveCount(around.scales.length + 1);
  const [table, room] = await wrap.evaluate((w) => [w.querySelector('table')!.scrollWidth, w.clientWidth]);
  expect(table, 'the table is no wider than its place').toBeLessThanOrEqual(must(room, 'width'));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const [zone, next] = await page
      .locator('.scan-chart')
      .first()
      .evaluate((svg) =>
        ['.scan-chart__band--0', '.scan-chart__band--1'].map(
          (c) => getComputedStyle(svg.querySelector(c)!).fill,
        ),
      );
    const [a, b] = [luminance(must(zone, 'zone')), luminance(must(next, 'zone'))].sort();
    expect((must(b, 'b') + 0.05) / (must(a, 'a') + 0.05), `zones apart (${colorScheme})`).toBeGreaterThan(
      1.2,
    );
    // And apart without colour: a line marks where each zone begins.
    await expect(page.locator('.scan-chart').first().locator('.scan-chart__divider')).toHaveCount(
      around.bands.length - 1,
    );
  }
});

test('two results made in the same minute are told apart in the history and the compare menus', async ({
  page,
}) => {
  const scores = Object.fromEntries(around.scales.map((s) => [s.id, 50]));
  const made = (id: string, completedAt: string) => ({
    id,
    instrument: around.id,
    version: around.version,
    completedAt,
    answers: {},
    scores,
  });
  await seed(page, {
    drafts: {},
    results: [made('minuut02', '2026-03-02T09:14:50.000Z'), made('minuut01', '2026-03-02T09:14:10.000Z')],
  });
  await page.goto('/scan/');
  const history = page.locator('.scan-history').getByRole('listitem');
  await expect(history).toHaveCount(2);
  const [newer, older] = await Promise.all(
    [0, 1].map((i) => history.nth(i).locator('span').first().innerText()),
  );
  expect(newer).toMatch(/\(2e van 2 om die tijd\)$/);
  expect(older).toMatch(/\(1e van 2 om die tijd\)$/);
  const options = await page.getByLabel('Eerste resultaat').first().locator('option').allInnerTexts();
  expect(new Set(options).size).toBe(2);
  await page.getByRole('button', { name: 'Vergelijk', exact: true }).first().click();
  await expect(
    page.getByText(/^Je eerdere resultaat.*1e van 2 om die tijd.*2e van 2 om die tijd/),
  ).toBeVisible();
});

test('a version-1 result saved on this device still shows its own scales and scores, labelled "versie 1"', async ({
  page,
}) => {
  const v1 = around.earlier.find((e) => e.version === 1)!;
  // Scores as version 1 computed them, under its scale ids (four of which no longer exist).
  const scores = Object.fromEntries(v1.scales.map((s, i) => [s.id, i === 3 ? null : 30 + i * 8]));
  const old = {
    id: 'oudversie1',
    instrument: around.id,
    version: 1,
    completedAt: '2025-02-10T09:00:00.000Z',
    answers: { 'eigen-belang-voorop': 4 as AnswerValue, 'half-idee-op-tafel': 2 as AnswerValue },
    scores,
  };
  await seed(page, { drafts: {}, results: [old] });
  await page.goto('/scan/');
  await page.getByRole('button', { name: /^Bekijk het resultaat van/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Je resultaat: ${around.title}` })).toBeFocused();
  await expect(page.locator('.scan-result .scan-note').first()).toContainText(
    `gemaakt met versie 1 van de vragenlijst`,
  );
  expect(await scoreTable(page)).toEqual(
    Object.fromEntries(v1.scales.map((s) => [s.name, scores[s.id] === null ? '–' : String(scores[s.id])])),
  );
  // Nothing was recomputed or lost.
  expect(JSON.parse((await stored(page))!).data.results).toEqual([old]);
  // Version 1 asked about colleagues and the leader together: there is no gap to show.
  await expect(page.locator('.scan-gaps')).toHaveCount(0);
  expect(await axe(page)).toEqual([]);
});

test('a version-1 draft keeps its answers to the items that still exist, and says so', async ({ page }) => {
  const kept = {
    'collegas-beheersen-vak': 4,
    'half-idee-op-tafel': 2,
    'leidinggevende-kent-werk': 5,
  } as Record<string, AnswerValue>;
  const gone = { 'eigen-belang-voorop': 1, 'afspraken-op-papier-uit-zekerheid': 3 } as Record<
    string,
    AnswerValue
  >;
  for (const id of Object.keys(kept))
    expect(
      around.items.some((i) => i.id === id),
      id,
    ).toBe(true);
  for (const id of Object.keys(gone))
    expect(
      around.items.some((i) => i.id === id),
      id,
    ).toBe(false);
  await seed(page, {
    active: around.id,
    drafts: {
      [around.id]: {
        version: 1,
        answers: { ...kept, ...gone },
        step: 0,
        startedAt: '2025-02-10T09:00:00.000Z',
      },
    },
    results: [],
  });
  await page.goto('/scan/');
  await expect(
    page.getByRole('status').filter({ hasText: 'Deze vragenlijst is aangepast sinds je begon.' }),
  ).toContainText(
    'Je 3 antwoorden op stellingen die hetzelfde bleven, staan er nog. 2 antwoorden hoorden bij een stelling die niet meer bestaat of iets anders vraagt.',
  );
  const draft = JSON.parse((await stored(page))!).data.drafts[around.id];
  expect(draft).toMatchObject({ version: around.version, answers: kept });
  for (const [i, item] of at(stepsOf(around.items), 0, 'step').entries()) {
    const answer = kept[item.id];
    if (answer) await expect(choice(page, around, i, answer)).toBeChecked();
  }
});

test('download a result, delete it, read it back in', async ({ page }) => {
  const answers = patternAnswers(self, [4, 3, 5]);
  await page.goto('/scan/');
  await fillIn(page, self, answers);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als bestand' }).click();
  const file = await (await downloading).path();
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json).toMatchObject({
    app: 'vertrouwenswijzer',
    kind: 'scan-resultaat',
    result: { instrument: self.id, answers },
  });

  await page.getByRole('button', { name: 'Terug naar het overzicht' }).click();
  await page.getByRole('button', { name: /^Verwijder het resultaat van/ }).click();
  await page.getByRole('button', { name: 'Ja, verwijder' }).click();
  await expect(page.getByText('Er staan nog geen afgeronde scans op dit apparaat.')).toBeVisible();

  await page
    .getByLabel('Resultaat inlezen uit een bestand')
    .setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{ geen json') });
  await expect(page.getByRole('alert')).toContainText(
    'Dit bestand kunnen we niet inlezen. Het is geen leesbaar JSON-bestand. Er is niets veranderd.',
  );
  await page.getByLabel('Resultaat inlezen uit een bestand').setInputFiles(file);
  await page.getByRole('button', { name: 'Ja, voeg toe' }).click();
  await expect(page.locator('.scan-history')).toContainText(self.title);
  expect(JSON.parse((await stored(page))!).data.results[0]).toEqual(json.result);
});

test('Mijn gegevens lists the scan and deletes it', async ({ page }) => {
  const own = complete(
    {
      ...open(emptyScanState(), self, new Date()).state,
      drafts: {
        [self.id]: { version: self.version, answers: patternAnswers(self, [4]), step: 0, startedAt: '' },
      },
    },
    self,
    new Date(),
    'gegevens1',
  ).state;
  await seed(page, own);
  await page.goto('/mijn-gegevens/');
  await expect(page.getByRole('heading', { level: 3, name: 'Vertrouwensscan' })).toBeVisible();
  await page.getByRole('button', { name: 'Verwijder je scans' }).click();
  await expect(page.getByText('Verwijderd: Vertrouwensscan.')).toBeVisible();
  expect(await stored(page)).toBeNull();
  await page.goto('/scan/');
  await expect(page.getByText('Er staan nog geen afgeronde scans op dit apparaat.')).toBeVisible();
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto('/scan/');
  await islandsReady(page);
  const start = page.getByRole('button', { name: `Begin met ${around.title}` });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: new RegExp('stap 1 van') })).toBeFocused();
  const first = page.locator('.scan-items fieldset').first();
  await first.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(
    first.getByRole('radio', { name: at(around.response.labels, 2, 'answer label'), exact: true }),
  ).toBeChecked();
  // Tab leaves the group for the next statement.
  await page.keyboard.press('Tab');
  await expect(page.locator('.scan-items fieldset').nth(1).getByRole('radio').first()).toBeFocused();
  await page.getByRole('button', { name: 'Volgende' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: new RegExp('stap 2 van') })).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations on the intro, a step, the review and the result (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/scan/');
    expect(await axe(page)).toEqual([]);
    const answers = patternAnswers(around, [1, 5, 3, 0, 4], [0]);
    await page.getByRole('button', { name: `Begin met ${around.title}` }).click();
    await answerStep(page, around, 0, answers);
    expect(await axe(page)).toEqual([]);
    for (let s = 0; s < stepsOf(around.items).length - 1; s++)
      await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Naar je resultaat' }).click();
    await expect(page.getByRole('heading', { name: 'Nog niet alles beantwoord' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Terug naar de stellingen' }).click();
    for (let s = 0; s < stepsOf(around.items).length; s++) {
      await answerStep(page, around, s, answers);
      await page
        .getByRole('button', {
          name: s === stepsOf(around.items).length - 1 ? 'Naar je resultaat' : 'Volgende',
        })
        .click();
    }
    await page.getByRole('button', { name: 'Toch naar het resultaat' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: `Je resultaat: ${around.title}` }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Maak een deellink' }).click();
    expect(await axe(page)).toEqual([]);
  });
}

test('prints the result without the page around it', async ({ page }) => {
  await page.goto('/scan/');
  await fillIn(page, around, patternAnswers(around, [2, 4, 5]));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.scan-result h2')).toBeVisible();
  await expect(page.locator('.scan-figure')).toBeVisible();
  for (const hidden of ['.site-header', '.site-footer', '.scan-intro', '.scan-explain', '.scan-actions'])
    await expect(page.locator(hidden).first()).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('explains that the scan needs JavaScript and lists the statements to read', async ({ page }) => {
    await page.goto('/scan/');
    // (Text inside <noscript> is not matched by getByText, so read it from its container.)
    expect(await page.locator('main').innerText()).toContain('De scan werkt met JavaScript');
    await expect(page.getByRole('button', { name: /^Begin/ }).first()).toBeHidden();
    for (const ins of [around, self]) {
      await expect(page.getByRole('heading', { name: ins.title })).toBeVisible();
      await expect(page.locator(`#stellingen-${ins.id} + p + ol > li`)).toHaveCount(ins.items.length);
    }
    await expect(page.getByRole('heading', { name: 'Zo werkt de score' })).toBeVisible();
  });
});

test.describe('on a phone (375 × 800)', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  const begin = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
  const bottomOf = async (page: Page, name: string) => {
    const box = must(await begin(page, name).boundingBox(), `button ${name}`);
    return box.y + box.height;
  };

  test('the start is in the first screen, with "Een spiegel, geen test" folded', async ({ page }) => {
    await page.goto('/scan/');
    await islandsReady(page);
    expect(await bottomOf(page, `Begin met ${around.title}`)).toBeLessThanOrEqual(800);
    const about = page.locator('details.scan-about');
    await expect(about.getByText('Een spiegel, geen test')).toBeInViewport();
    await expect(about.getByText(/geen gevalideerde vragenlijst/)).toBeHidden();
    await about.getByText('Een spiegel, geen test').click();
    await expect(about.getByText(/geen gevalideerde vragenlijst/)).toBeVisible();
  });

  test('with a draft and an earlier result the start is still in the first screen', async ({ page }) => {
    const earlier = complete(
      open(emptyScanState(), self, new Date('2025-01-15T09:00:00.000Z')).state,
      self,
      new Date('2025-01-15T09:20:00.000Z'),
      'eerder01',
    ).state;
    const withDraft = open(earlier, around, new Date('2025-02-01T09:00:00.000Z')).state;
    // A draft that is not the active one: the page opens on the overview, not on the step.
    await seed(page, JSON.stringify({ v: 1, data: { ...withDraft, active: undefined } }));
    await page.goto('/scan/');
    await islandsReady(page);
    expect(await bottomOf(page, `Ga verder met ${around.title}`)).toBeLessThanOrEqual(800);
  });

  test('once under way the steps are not pushed down by the intro', async ({ page }) => {
    await page.goto('/scan/');
    await begin(page, `Begin met ${around.title}`).click();
    const steps = stepsOf(around.items).length;
    const heading = page.getByRole('heading', { level: 2, name: `${around.title}: stap 1 van ${steps}` });
    await expect(heading).toBeFocused();
    await expect(page.locator('details.scan-about')).not.toHaveAttribute('open');
    // The step starts high in the first screen, not below the whole intro (it was at 1,190 px).
    const box = must(await heading.boundingBox(), 'the step heading');
    expect(box.y + box.height).toBeLessThanOrEqual(400);
  });
});

test('a deep link to an instrument lands on it', async ({ page }) => {
  await page.goto(`/scan/#${instrument('mijn-vertrouwenswaardigheid').id}`);
  await expect(page.locator(`#${self.id}`)).toBeInViewport();
});
