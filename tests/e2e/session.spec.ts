import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { scoreAnswers, stepsOf, type AnswerValue, type Instrument } from '../../src/lib/scan/scoring';
import { aggregate } from '../../src/lib/session/aggregate';
import { makeParticipantCode } from '../../src/lib/session/code';
import { readSessionLink } from '../../src/lib/session/link';
import { bytesToBase64Url } from '../../src/lib/session/bytes';
import { generateSessionKeys } from '../../src/lib/session/seal';
import { expectNoAxeViolationsInBothThemes as axeBoth } from '../support/axe';
import { CHROMIUM_ARGS, findChromium } from '../support/browser';
import { at, must } from '../support/must';
import { instrumentPair, patternAnswers, readInstruments } from '../support/scan';
import { islandsReady } from '../support/site';
import { writeY4m } from '../support/y4m';

const [around] = instrumentPair();
const PATTERNS: AnswerValue[][] = [
  [4, 2, 5, 3, 1, 4, 5, 2],
  [5, 5, 4, 4, 5, 3, 4, 5],
  [2, 1, 3, 2, 2, 1, 3, 2],
  [3, 3, 3, 3, 3, 3, 3, 3],
  [1, 5, 1, 5, 2, 4, 1, 5],
  [4, 4, 5, 5, 4, 4, 5, 5],
];

const label = (ins: Instrument, v: AnswerValue) =>
  v === 0 ? ins.response.unknown : at(ins.response.labels, v - 1, 'answer label');

/** The Chromium to launch, when one was found; otherwise Playwright's own. */
function chromiumPath(): { executablePath?: string } {
  const executablePath = findChromium();
  return executablePath === undefined ? {} : { executablePath };
}

/** The configured base URL, when there is one. */
const withBase = (baseURL: string | undefined): { baseURL?: string } =>
  baseURL === undefined ? {} : { baseURL };

/**
 * A participant opens the session link, answers and returns their code. The first answers every
 * statement by hand; the others find their answers already filled in on their device (a draft on
 * its last step), which spares a loaded machine 150 clicks and still runs the scan's own completion.
 */
async function participate(
  browser: Browser,
  link: string,
  answers: Record<string, AnswerValue>,
  byHand: boolean,
  check?: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const steps = stepsOf(around.items);
  if (!byHand) {
    const draft = {
      version: around.version,
      answers,
      step: steps.length - 1,
      startedAt: new Date().toISOString(),
    };
    await page.addInitScript(
      (raw) => localStorage.getItem('vw:scan') ?? localStorage.setItem('vw:scan', raw),
      JSON.stringify({ v: 1, data: { drafts: { [around.id]: draft }, results: [] } }),
    );
  }
  await page.goto(link);
  await islandsReady(page);
  const banner = page.locator('.session-banner');
  await expect(banner).toContainText('Je doet mee aan een groepssessie');
  await banner.getByRole('button', { name: `Begin met ${around.title}` }).click();
  for (const [s, items] of steps.entries()) {
    if (!byHand && s < steps.length - 1) continue;
    await expect(
      page.getByRole('heading', { level: 2, name: `${around.title}: stap ${s + 1} van ${steps.length}` }),
    ).toBeFocused();
    const groups = page.locator('.scan-items fieldset');
    if (byHand)
      for (const [i, item] of items.entries())
        await groups
          .nth(i)
          .getByRole('radio', {
            name: label(around, must(answers[item.id], `answer to ${item.id}`)),
            exact: true,
          })
          .check();
    await page
      .getByRole('button', { name: s === steps.length - 1 ? 'Naar je resultaat' : 'Volgende' })
      .click();
  }
  await expect(page.getByRole('heading', { level: 2, name: `Je resultaat: ${around.title}` })).toBeVisible();
  const code = page.getByRole('textbox', { name: 'Deelnamecode' });
  await expect(code).toHaveValue(/^vwc1\./);
  await check?.(page);
  const text = await code.inputValue();
  return { context, page, code: text };
}

test('a group session: link, six participants, codes pasted and through the camera, reveal, present, print, export', async ({
  browser,
  baseURL,
}) => {
  // Seven browsers at once on a shared machine: give it time.
  test.setTimeout(900_000);
  // The facilitator's browser has Chromium's fake camera; its video file is written once the sixth
  // participant's QR code exists (Chromium reads the file when the camera starts).
  const dir = mkdtempSync(join(tmpdir(), 'groepssessie-'));
  const video = join(dir, 'camera.y4m');
  writeY4m(video);
  const cameraBrowser = await chromium.launch({
    ...chromiumPath(),
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const facilitator = await cameraBrowser.newContext({
    ...withBase(baseURL),
    permissions: ['camera'],
    locale: 'nl-NL',
    acceptDownloads: true,
  });
  const page = await facilitator.newPage();

  // Start: the session's own name stays here; the public label goes into the link as text.
  await page.goto('/groepssessie/');
  await islandsReady(page);
  await axeBoth(page, 'setup');
  await page.getByLabel('Naam van de sessie').fill('Teamdag <script>alert(1)</script>');
  await page.getByLabel('Naam die deelnemers zien (niet verplicht)').fill('Team <b>Inkoop</b>');
  await page.getByLabel('Anonimiteitsdrempel').fill('2');
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await expect(page.getByRole('alert')).toContainText('minstens 3');
  await page.getByLabel('Anonimiteitsdrempel').fill('5');
  await page.getByRole('radio', { name: around.title }).check();
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await expect(
    page.getByRole('heading', { name: 'Sessie: Teamdag <script>alert(1)</script>' }),
  ).toBeVisible();
  const link = await page.getByLabel('Sessielink').inputValue();
  expect(link).toMatch(/\/scan\/#sessie=1\.[A-Za-z0-9_-]+$/);
  const read = readSessionLink(new URL(link).hash, readInstruments());
  expect(read).toMatchObject({
    kind: 'ok',
    value: { i: around.id, v: around.version, n: 'Team <b>Inkoop</b>' },
  });
  expect(JSON.stringify(read)).not.toContain('Teamdag');
  await expect(page.getByText('0 codes ontvangen')).toBeVisible();
  await page.getByRole('button', { name: 'Toon de QR-code groot' }).click();
  await expect(page.getByRole('img', { name: 'QR-code van de sessielink' })).toBeVisible();
  await axeBoth(page, 'invite');

  // Six participants, each in their own context, each with their own answers.
  const answers = PATTERNS.map((p) => patternAnswers(around, p));
  const participants = [];
  for (const [n, a] of answers.entries()) {
    participants.push(
      await participate(
        browser,
        link,
        a,
        n === 0,
        n === 0
          ? async (p) => {
              // The label is text, never markup; the facilitator's own session name is nowhere.
              await expect(p.locator('.session-banner')).toContainText('Sessie: Team <b>Inkoop</b>');
              await expect(p.locator('.session-banner b')).toHaveCount(0);
              await expect(p.locator('body')).not.toContainText('Teamdag');
              await p.getByRole('button', { name: 'Toon als QR-code' }).click();
              await expect(p.getByRole('img', { name: 'QR-code van je deelnamecode' })).toBeVisible();
              await axeBoth(p, 'participant code');
            }
          : undefined,
      ),
    );
  }

  // Three codes, as a chat app hands them over: below the floor nothing shows.
  const chat = (codes: string[]) =>
    codes.map((c, i) => `[10:0${i}] Deelnemer: "${c.slice(0, 70)}\n${c.slice(70)}"`).join('\n\n');
  const paste = page.getByLabel('Plak een of meer codes');
  await paste.fill(chat(participants.slice(0, 3).map((p) => p.code)));
  await page.getByRole('button', { name: 'Voeg toe', exact: true }).click();
  await expect(page.getByText('3 codes ontvangen')).toBeVisible();
  await expect(page.getByTestId('ontvangst')).toContainText('3 codes toegevoegd.');
  await expect(page.getByText('Nog 2 codes nodig')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Toon de uitkomst' })).toHaveCount(0);
  await axeBoth(page, 'below the floor');

  // Bad input: a 10 MB paste, a code of another session, an older instrument version, a damaged
  // code, markup. Each is explained; the three codes already in stay.
  await paste.fill('x'.repeat(10 * 1024 * 1024));
  await page.getByRole('button', { name: 'Voeg toe', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('te veel tekst');
  await expect(page.getByText('3 codes ontvangen')).toBeVisible();
  const ok = must(read.kind === 'ok' ? read.value : undefined, 'the session link read back');
  const stranger = await generateSessionKeys();
  const otherSession = await makeParticipantCode({
    sessionId: 'AAAAAAAAAAAA',
    publicKey: bytesToBase64Url(stranger.publicKey),
    instrumentVersion: around.version,
    resultId: 'x',
    scores: around.scales.map(() => 50),
    date: new Date(),
  });
  const olderVersion = await makeParticipantCode({
    sessionId: ok.s,
    publicKey: ok.k,
    instrumentVersion: around.version + 1,
    resultId: 'y',
    scores: around.scales.map(() => 50),
    date: new Date(),
  });
  const damaged =
    at(participants, 3, 'participant').code.slice(0, -6) +
    (at(participants, 3, 'participant').code.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
  await paste.fill(
    [otherSession, olderVersion, damaged, '<img src=x onerror="document.title=1">vwc1.<b>kapot</b>'].join(
      '\n',
    ),
  );
  await page.getByRole('button', { name: 'Voeg toe', exact: true }).click();
  const alert = page.getByTestId('ontvangst');
  await expect(alert).toContainText('1 code hoort bij een andere sessie.');
  await expect(alert).toContainText('andere versie van de vragenlijst');
  await expect(alert).toContainText('beschadigd of aangepast');
  await expect(alert).toContainText('onvolledig');
  await expect(alert).toContainText('Codes die al binnen waren, blijven bewaard.');
  await expect(page.getByText('3 codes ontvangen')).toBeVisible();
  expect(await page.title()).not.toBe('1');

  // The other two in one go, with a replay of the first: five in all, the replay counted once.
  await paste.fill(
    chat([
      at(participants, 3, 'participant').code,
      at(participants, 4, 'participant').code,
      at(participants, 0, 'participant').code,
    ]),
  );
  await page.getByRole('button', { name: 'Voeg toe', exact: true }).click();
  await expect(page.getByText('5 codes ontvangen')).toBeVisible();
  await expect(page.getByTestId('ontvangst')).toContainText('1 code was er al en telt één keer.');
  await expect(page.getByText('Er zijn genoeg codes.')).toBeVisible();
  await axeBoth(page, 'ready to reveal');

  // The sixth through the camera: the participant's QR code, filmed by the fake camera.
  const qrPage = at(participants, 5, 'participant').page;
  await qrPage.getByRole('button', { name: 'Toon als QR-code' }).click();
  const qr = qrPage.getByRole('img', { name: 'QR-code van je deelnamecode' });
  await expect(qr).toBeVisible();
  writeY4m(video, await qr.screenshot());
  await page.getByRole('button', { name: 'Scan QR-codes met de camera' }).click();
  await expect(page.getByText('6 codes ontvangen')).toBeVisible({ timeout: 20_000 });
  expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
  await page.getByRole('button', { name: 'Stop de camera' }).click();

  // Reveal: every scale has six scored answers here, so every scale shows.
  await page.getByRole('button', { name: 'Toon de uitkomst' }).click();
  const rows = answers.map((a) => {
    const scores = scoreAnswers(around, a);
    return around.scales.map((s) => {
      const score = scores[s.id];
      if (score === undefined) throw new Error(`no score for scale ${s.id}`);
      return score;
    });
  });
  const expected = aggregate(around.scales, around.bands, rows, 5);
  const names = expected.scales.map((s) => around.scales.find((x) => x.id === s.id)!.name);
  await expect(page.locator('.session-scale h3')).toHaveText(names);
  await axeBoth(page, 'group view');

  // Presentation by keyboard alone.
  await page.getByRole('button', { name: 'Presenteer' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Presentatie' });
  await expect(dialog.getByRole('heading', { level: 2, name: at(names, 0, 'scale name') })).toBeFocused();
  await expect(dialog).toContainText(`Onderdeel 1 van ${names.length}`);
  await axeBoth(page, 'presentation');
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('heading', { level: 2, name: at(names, 1, 'scale name') })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('heading', { level: 2, name: at(names, 0, 'scale name') })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Presenteer' })).toBeFocused();

  // Print: the A4 report without the controls; the instruction card alone, with the QR code.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.session-scale').first()).toBeVisible();
  await expect(page.locator('.session-collect')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Toon de uitkomst' })).toHaveCount(0);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Druk de instructiekaart af' }).click();
  const card = page.getByTestId('instructiekaart');
  await expect(card.getByRole('img', { name: 'QR-code van de sessielink' })).toBeVisible();
  await page.evaluate(() => (document.documentElement.dataset.print = 'kaart'));
  await page.emulateMedia({ media: 'print' });
  await expect(card).toBeVisible();
  await expect(page.locator('.session-scale').first()).toBeHidden();
  await page.evaluate(() => delete document.documentElement.dataset.print);
  await page.emulateMedia({ media: 'screen' });

  // Export: statistics and counts per band, never a participant's row.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer als CSV' }).click(),
  ]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe(
    `onderdeel,naam,aantal,mediaan,eerste kwartiel,derde kwartiel,interkwartielafstand,laagste,hoogste,${around.bands.map((b) => b.label).join(',')}`,
  );
  expect(csv).toHaveLength(around.scales.length + 1);
  for (const [i, s] of expected.scales.entries()) {
    if (!s.shown) continue;
    expect(
      at(csv, i + 1, 'CSV row')
        .split(',')
        .slice(2, 9)
        .map(Number),
    ).toEqual([s.n, s.median, s.q1, s.q3, s.iqr, s.min, s.max]);
  }
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer als JSON' }).click(),
  ]);
  const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
  expect(json).toMatchObject({
    kind: 'groepssessie-overzicht',
    format: 1,
    codes: 6,
    floor: 5,
    instrument: { id: around.id, version: around.version },
  });
  expect(json.scales.map((s: { scale: string }) => s.scale)).toEqual(expected.scales.map((s) => s.id));
  expect(JSON.stringify(json)).not.toMatch(/values|Teamdag/);

  // A reload keeps the session, its codes and its key: a late code still counts... once closed, not.
  await page.reload();
  await islandsReady(page);
  await expect(page.getByText('6 codes ontvangen')).toBeVisible();
  await page.getByRole('button', { name: 'Sluit de sessie voor nieuwe codes' }).click();
  const late = await makeParticipantCode({
    sessionId: ok.s,
    publicKey: ok.k,
    instrumentVersion: around.version,
    resultId: 'laat',
    scores: around.scales.map(() => 10),
    date: new Date(),
  });
  await paste.fill(late);
  await page.getByRole('button', { name: 'Voeg toe', exact: true }).click();
  await expect(page.getByTestId('ontvangst')).toContainText('de sessie is gesloten');
  await expect(page.getByText('6 codes ontvangen')).toBeVisible();
  await page.getByRole('button', { name: 'Open de sessie weer' }).click();
  await page.getByRole('button', { name: 'Voeg toe', exact: true }).click();
  await expect(page.getByText('7 codes ontvangen')).toBeVisible();

  for (const p of participants) await p.context.close();
  await cameraBrowser.close();
});

test('a damaged session link is explained to the participant, who can still do the scan', async ({
  page,
}) => {
  await page.goto('/scan/#sessie=1.eyJzIjoia2FwdXQ');
  await islandsReady(page);
  await expect(page.getByRole('alert')).toContainText('Deze sessielink werkt niet.');
  await expect(page.getByRole('heading', { name: 'Kies een vragenlijst' })).toBeVisible();
});

async function startSession(page: Page, name: string) {
  await page.goto('/groepssessie/');
  await islandsReady(page);
  await page.getByLabel('Naam van de sessie').fill(name);
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await expect(page.getByText('0 codes ontvangen')).toBeVisible();
}

test('a refused camera is explained and nothing collected is lost', async ({ baseURL }) => {
  // A camera exists, but every permission prompt is answered "no".
  const refusing = await chromium.launch({
    ...chromiumPath(),
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--deny-permission-prompts'],
  });
  const page = await (await refusing.newContext({ ...withBase(baseURL), locale: 'nl-NL' })).newPage();
  await startSession(page, 'Camera geweigerd');
  await page.getByRole('button', { name: 'Scan QR-codes met de camera' }).click();
  await expect(page.getByRole('alert')).toContainText('geen toestemming voor de camera');
  await expect(page.getByText('0 codes ontvangen')).toBeVisible();
  await refusing.close();
});

test('a missing camera is explained', async ({ browser }) => {
  // Allowed, but this machine has no camera at all.
  const context = await browser.newContext({ permissions: ['camera'] });
  const page = await context.newPage();
  await startSession(page, 'Zonder camera');
  await page.getByRole('button', { name: 'Scan QR-codes met de camera' }).click();
  await expect(page.getByRole('alert')).toContainText('geen camera gevonden');
  await context.close();
});
