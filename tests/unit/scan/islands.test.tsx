import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Scan from '../../../src/islands/scan/Scan';
import { ResultView } from '../../../src/islands/scan/ScanResult';
import { scoreAnswers, stepsOf } from '../../../src/lib/scan/scoring';
import { profileOf } from '../../../src/lib/scan/profile';
import { planScales } from '../../../src/lib/scan/plan-link';
import { complete, emptyScanState, open } from '../../../src/lib/scan/draft';
import { decodeShare } from '../../../src/lib/core/share-code';
import { scanHandoffFormat } from '../../../src/lib/scan/handoff';
import { $scan } from '../../../src/stores/scan';
import { summaryOf } from '../../../src/lib/scan/content';
import { patternAnswers, readInstruments } from '../../support/scan';
import { serveSiteData } from '../../support/site-data';
import { at, must } from '../../support/must';

const instruments = readInstruments();
const around = at(instruments, 0, 'instrument');
const sections = Object.fromEntries(
  instruments.flatMap((i) =>
    i.scales.flatMap((s) =>
      s.read.map((ref) => [ref, { href: `/gids/${ref.replace('#', '/#')}`, title: ref }]),
    ),
  ),
);

const resultWith = (answers: Record<string, 0 | 1 | 2 | 3 | 4 | 5>) =>
  complete(
    {
      ...open(emptyScanState(), around, new Date()).state,
      drafts: { [around.id]: { version: around.version, answers, step: 0, startedAt: '' } },
    },
    around,
    new Date('2025-04-01T10:00:00.000Z'),
    'proef001',
  ).result!;

beforeEach(() => {
  // The island reads the instruments in full from the file the build writes beside the page.
  serveSiteData({ '/scan/vragenlijsten.json': { instruments, sections } });
  localStorage.clear();
  $scan.set(emptyScanState());
  history.replaceState(null, '', '/scan/');
});
afterEach(cleanup);

describe('the result view', () => {
  const answers = patternAnswers(around, [5, 1, 4, 2, 3]);
  const result = resultWith(answers);
  const view = (planPublished: boolean, shown = result) =>
    render(
      <ResultView
        ins={around}
        result={shown}
        sections={sections}
        shared={false}
        planPublished={planPublished}
        actions={null}
        say={() => undefined}
      />,
    );

  it('links to the repair-plan builder with the growth areas, once the builder is published', () => {
    view(true);
    const href = screen
      .getByRole('link', { name: 'Maak een plan voor je groeipunten' })
      .getAttribute('href')!;
    expect(href.startsWith('/herstelplan/#vanuit-scan=1.')).toBe(true);
    const expected = planScales(around, profileOf(around, scoreAnswers(around, answers)));
    expect(decodeShare(scanHandoffFormat, href.slice(href.indexOf('#')))).toEqual({
      kind: 'ok',
      value: { instrument: around.id, scales: expected },
    });
    expect(expected.length).toBeGreaterThanOrEqual(2);
  });

  it('shows no plan button while the builder is not published', () => {
    view(false);
    expect(screen.queryByRole('link', { name: 'Maak een plan voor je groeipunten' })).toBeNull();
  });

  it('says when a scale has too few answers, instead of a score', () => {
    const scale = at(around.scales, 0, 'scale');
    const few = Object.fromEntries(
      Object.entries(answers).filter(([id]) => around.items.find((i) => i.id === id)!.scale !== scale.id),
    );
    view(false, resultWith(few));
    expect(document.getElementById(`schaal-${scale.id}`)!.textContent).toContain(
      'Te weinig antwoorden voor een score',
    );
  });
});

describe('the scan island', () => {
  it('starts, keeps every answer and the step in the store, and can be continued from the overview', async () => {
    render(<Scan instruments={instruments.map(summaryOf)} planPublished={false} />);
    const begin = await screen.findByRole('button', { name: `Begin met ${around.title}` });
    await waitFor(() => expect((begin as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(begin);
    await screen.findByRole('heading', {
      name: new RegExp(`${around.title}: stap 1 van ${stepsOf(around.items).length}`),
    });
    fireEvent.click(at(screen.getAllByRole('radio', { name: 'Eens' }), 0));
    await waitFor(() =>
      expect(must($scan.get().drafts[around.id], 'draft').answers).toEqual({ [at(around.items, 0).id]: 4 }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByRole('heading', { name: new RegExp('stap 2 van') });
    expect(must($scan.get().drafts[around.id], 'draft').step).toBe(1);
    expect(JSON.parse(localStorage.getItem('vw:scan')!).data.drafts[around.id].step).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Terug naar het overzicht' }));
    await screen.findByRole('button', { name: `Ga verder met ${around.title}` });
    expect($scan.get().active).toBeUndefined();
  });

  it('explains a bad share link and keeps the visitor’s own results', async () => {
    const own = { ...emptyScanState(), results: [resultWith(patternAnswers(around, [3]))] };
    $scan.set(own);
    history.replaceState(null, '', '/scan/#scan-resultaat=1.kapot');
    render(<Scan instruments={instruments.map(summaryOf)} planPublished={false} />);
    expect((await screen.findByRole('alert')).textContent).toContain('De link is onvolledig of beschadigd.');
    expect($scan.get()).toEqual(own);
    expect(screen.getByRole('button', { name: /^Bekijk het resultaat van/ })).toBeTruthy();
  });
});
