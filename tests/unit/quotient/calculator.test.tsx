import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import QuotientCalculator from '../../../src/islands/quotient/QuotientCalculator';
import QuotientMini from '../../../src/islands/quotient/QuotientMini';
import { CHAPTER_EXAMPLE, FACTORS, type Factor } from '../../../src/lib/quotient/quotient';
import { shareFragment } from '../../../src/lib/quotient/share';
import { relationshipsCodec } from '../../../src/lib/quotient/relationships-codec';
import { $relationships } from '../../../src/stores/relationships';
import { factorName } from '../../../src/i18n/quotient/factors';
import { factorHelp, kindName, pageText, zoneMeaning } from '../../../src/i18n/quotient/page';
import { miniText } from '../../../src/i18n/quotient/mini';
import { at } from '../../support/must';
import { all } from '../../support/quotient';

const sections = Object.fromEntries(
  FACTORS.map((f) => [f, { href: `/gids/x/#${f}`, title: `Over ${f}` }]),
) as Record<Factor, { href: string; title: string }>;
const KEY = relationshipsCodec.key;

function renderCalculator() {
  return render(
    <QuotientCalculator
      text={pageText}
      help={factorHelp}
      zoneMeaning={zoneMeaning}
      kindName={kindName}
      sections={sections}
      caveatHref="/gids/het-vertrouwensquotient/#een-model-geen-meetinstrument"
      scale={<div data-testid="scale" />}
    />,
  );
}
const slider = (f: Factor) => screen.getByRole('slider', { name: factorName[f] }) as HTMLInputElement;
const move = (f: Factor, value: number) => fireEvent.input(slider(f), { target: { value: String(value) } });
const result = () => screen.getByRole('region', { name: 'Uitkomst' });
const table = () => screen.getByRole('table');
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');

beforeEach(() => {
  localStorage.clear();
  $relationships.set(relationshipsCodec.empty());
  localStorage.clear();
  history.replaceState(null, '', '/vertrouwensquotient/');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('QuotientCalculator', () => {
  it('invites the visitor to set a factor before showing any result', async () => {
    renderCalculator();
    await screen.findByRole('button', { name: 'Nieuwe relatie' });
    expect(within(result()).getByText(pageText.invite)).toBeTruthy();
    expect(within(result()).queryByText(/Quotiënt/)).toBeNull();
    expect(within(result()).queryByText(/In evenwicht/)).toBeNull();
    expect(within(result()).queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.queryByText(/Quotiënt 10/)).toBeNull();

    move('competence', 5);
    expect(within(result()).queryByText(pageText.invite)).toBeNull();
    expect(within(result()).getByText('10', { selector: 'strong' })).toBeTruthy();

    // A new relationship starts from the middle again, and invites again.
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe relatie' }));
    expect(within(result()).getByText(pageText.invite)).toBeTruthy();
  });

  it('shows the result on the scale, its zone, Meyer’s caveat and the ranked levers, and follows the sliders', async () => {
    renderCalculator();
    await screen.findByRole('button', { name: 'Nieuwe relatie' });
    move('impact', 5);
    expect(within(result()).getByText('10', { selector: 'strong' })).toBeTruthy();
    expect(within(result()).getByRole('img').getAttribute('aria-label')).toBe(
      'Quotiënt 10: in evenwicht, op een logaritmische schaal van 0,2 tot 200.',
    );
    expect(within(result()).getByText(/het meet geen vertrouwen/)).toBeTruthy();
    expect(
      within(result()).getByText(
        'De meeste winst zit in kans of impact: een punt lager maakt het quotiënt ruim 11% hoger.',
      ),
    ).toBeTruthy();
    expect(
      within(result()).getByText(
        'Het kwetsbaarst zijn bekwaamheid, betrouwbaarheid, intenties en integriteit: een punt lager maakt het quotiënt 10% lager.',
      ),
    ).toBeTruthy();

    for (const f of FACTORS) move(f, CHAPTER_EXAMPLE[f]);
    expect(within(result()).getByText('21', { selector: 'strong' })).toBeTruthy();
    expect(within(result()).getByText('Vertrouwen weegt zwaarder.')).toBeTruthy();
    const items = within(result())
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toMatch(
      /^Kans, nu 4: een punt lager maakt het quotiënt ruim 9% hoger, een punt hoger bijna 8% lager\. Lees verder/,
    );
    expect(items[5]).toMatch(/^Integriteit, nu 9: een punt hoger/);
    for (const item of items) expect(item?.match(/ongeveer/g) ?? []).toHaveLength(0);
    expect(within(result()).getByRole('link', { name: 'Over probability' }).getAttribute('href')).toBe(
      '/gids/x/#probability',
    );
    expect(slider('impact').getAttribute('aria-valuetext')).toBe('8 van 10');
  });

  it('announces the outcome once the sliders rest, not at every step', async () => {
    renderCalculator();
    await screen.findByRole('button', { name: 'Nieuwe relatie' });
    vi.useFakeTimers();
    const live = document.querySelector('[aria-live="polite"]')!;
    move('impact', 9);
    move('impact', 10);
    expect(live.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(live.textContent).toBe(
      'Quotiënt ongeveer 6,7. In evenwicht. De meeste winst zit in bekwaamheid, betrouwbaarheid, intenties of integriteit: een punt hoger maakt het quotiënt 10% hoger.',
    );
  });

  it('saves relationships under their name and compares them side by side', async () => {
    renderCalculator();
    const save = await screen.findByRole('button', { name: 'Bewaar deze relatie' });
    expect((save as HTMLButtonElement).disabled).toBe(true); // no name yet
    expect(screen.getByText(pageText.compareEmpty)).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Over wie gaat het?'), { target: { value: 'Youssef' } });
    for (const f of FACTORS) move(f, CHAPTER_EXAMPLE[f]);
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar deze relatie' }));
    expect(await screen.findByText('Youssef is bewaard.')).toBeTruthy();
    expect(stored().data.relationships).toMatchObject([
      { name: 'Youssef', kind: 'colleague', scores: CHAPTER_EXAMPLE },
    ]);
    expect(screen.getByText(pageText.draftSaved)).toBeTruthy();

    move('reliability', 3);
    expect(screen.getByText(pageText.draftChanged)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bewaar de wijzigingen in deze relatie' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe relatie' }));
    fireEvent.input(screen.getByLabelText('Over wie gaat het?'), { target: { value: 'Het MT' } });
    fireEvent.click(screen.getByLabelText('het topmanagement'));
    move('intentions', 3);
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar deze relatie' }));
    await screen.findByText('Het MT is bewaard.');

    const rows = within(table()).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Youssef ',
      'Het MT (geopend)',
    ]);
    expect(at(rows, 0).textContent).toContain('21'); // the saved scores, not the unsaved change
    expect(at(rows, 1).textContent).toContain('het topmanagement');
    const chart = screen.getByRole('img', { name: /^Vergelijking/ });
    expect(chart.getAttribute('aria-label')).toBe(
      'Vergelijking op de logaritmische schaal van 0,2 tot 200: Youssef 21; Het MT 8.',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Open Youssef' }));
    expect((screen.getByLabelText('Over wie gaat het?') as HTMLInputElement).value).toBe('Youssef');
    expect(slider('reliability').value).toBe('6');

    fireEvent.click(screen.getByRole('button', { name: 'Verwijder Het MT' }));
    expect(await screen.findByText('Het MT is verwijderd.')).toBeTruthy();
    expect(stored().data.relationships.map((r: { name: string }) => r.name)).toEqual(['Youssef']);
  });

  it('says why it cannot save a fifth relationship', async () => {
    $relationships.set({
      relationships: ['A', 'B', 'C', 'D'].map((name) => ({
        name,
        kind: 'colleague',
        scores: all(5),
        savedAt: 'x',
      })),
    });
    renderCalculator();
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwe relatie' }));
    fireEvent.input(screen.getByLabelText('Over wie gaat het?'), { target: { value: 'E' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar deze relatie' }));
    expect(await screen.findByText(pageText.saveProblem.full)).toBeTruthy();
    expect(stored().data.relationships).toHaveLength(4);
  });

  it('opens a shared link without touching saved relationships, until the visitor saves it', async () => {
    $relationships.set({ relationships: [{ name: 'Anja', kind: 'leader', scores: all(7), savedAt: 'x' }] });
    const before = localStorage.getItem(KEY);
    history.replaceState(
      null,
      '',
      `/vertrouwensquotient/#${shareFragment([
        { name: 'Youssef', kind: 'colleague', scores: CHAPTER_EXAMPLE },
        { name: 'Anja', kind: 'other-team', scores: all(2) },
      ])}`,
    );
    renderCalculator();
    expect(await screen.findByRole('heading', { name: 'Gedeelde relaties' })).toBeTruthy();
    expect((screen.getByLabelText('Over wie gaat het?') as HTMLInputElement).value).toBe('Youssef');
    expect(within(result()).getByText('21', { selector: 'strong' })).toBeTruthy();
    expect(
      within(table())
        .getAllByRole('rowheader')
        .map((h) => h.textContent?.trim()),
    ).toEqual(['Youssef (geopend)', 'Anja']);
    expect(screen.queryByRole('button', { name: /^Verwijder/ })).toBeNull();
    move('impact', 3);
    expect(localStorage.getItem(KEY)).toBe(before);
    // A shared relationship with the name of a saved one says that saving it would update that one.
    fireEvent.click(screen.getByRole('button', { name: 'Open Anja' }));
    expect(screen.getByText(pageText.draftChanged)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bewaar de wijzigingen in deze relatie' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Bewaar bij mijn relaties' }));
    expect(
      await screen.findByText(
        'Bewaard bij je eigen relaties. Je had al een relatie met dezelfde naam, dus we bewaarden „Anja” als „Anja (2)”. Je eigen relatie is niet veranderd.',
      ),
    ).toBeTruthy();
    expect(stored().data.relationships.map((r: { name: string }) => r.name)).toEqual([
      'Anja',
      'Youssef',
      'Anja (2)',
    ]);
    expect(location.hash).toBe('');
    expect(screen.queryByRole('heading', { name: 'Gedeelde relaties' })).toBeNull();
  });

  it('goes back to the visitor’s own relationships when asked', async () => {
    $relationships.set({ relationships: [{ name: 'Anja', kind: 'leader', scores: all(7), savedAt: 'x' }] });
    history.replaceState(
      null,
      '',
      `/vertrouwensquotient/#${shareFragment([{ name: 'Youssef', kind: 'colleague', scores: CHAPTER_EXAMPLE }])}`,
    );
    renderCalculator();
    fireEvent.click(await screen.findByRole('button', { name: 'Terug naar mijn eigen relaties' }));
    expect((screen.getByLabelText('Over wie gaat het?') as HTMLInputElement).value).toBe('Anja');
    expect(
      within(table())
        .getAllByRole('rowheader')
        .map((h) => h.textContent?.trim()),
    ).toEqual(['Anja (geopend)']);
    expect(location.hash).toBe('');
  });

  it('explains a broken link and shows the visitor’s own state', async () => {
    $relationships.set({ relationships: [{ name: 'Anja', kind: 'leader', scores: all(7), savedAt: 'x' }] });
    history.replaceState(null, '', '/vertrouwensquotient/#relaties=1.eyJyZWxhdGlvbnNoaXBzIjpbXX0');
    renderCalculator();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(pageText.shareProblem.invalid);
    expect(alert.textContent).toContain(pageText.badLinkFallback);
    expect((screen.getByLabelText('Over wie gaat het?') as HTMLInputElement).value).toBe('Anja');
    // A saved relationship opens with its values: no invitation to start.
    expect(within(result()).queryByText(pageText.invite)).toBeNull();
    expect(within(result()).getByText('14', { selector: 'strong' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Gedeelde relaties' })).toBeNull();
  });

  it('makes a link to the current relationship that opens it again', async () => {
    renderCalculator();
    fireEvent.input(await screen.findByLabelText('Over wie gaat het?'), { target: { value: 'Bram' } });
    move('competence', 9);
    fireEvent.click(screen.getByRole('button', { name: 'Link naar deze relatie' }));
    const link = (screen.getByLabelText('Link om te delen') as HTMLInputElement).value;
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/vertrouwensquotient\/#relaties=1\./);
    cleanup();
    history.replaceState(null, '', new URL(link).pathname + new URL(link).hash);
    renderCalculator();
    expect(await screen.findByRole('heading', { name: 'Gedeelde relaties' })).toBeTruthy();
    expect(slider('competence').value).toBe('9');
  });
});

describe('QuotientMini', () => {
  it('starts from the example, follows the sliders and announces once they rest', () => {
    render(<QuotientMini scores={CHAPTER_EXAMPLE} text={miniText} scale={<div />} />);
    expect(screen.getByText('21', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText(/Vertrouwen weegt zwaarder/, { selector: 'p' })).toBeTruthy();
    vi.useFakeTimers();
    const live = document.querySelector('[aria-live="polite"]')!;
    fireEvent.input(screen.getByRole('slider', { name: 'Impact als het misgaat' }), {
      target: { value: '3' },
    });
    expect(screen.getByText('36', { selector: 'strong' })).toBeTruthy();
    expect(live.textContent).toBe('');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(live.textContent).toBe(
      'Quotiënt 36: vertrouwen weegt zwaarder, op een logaritmische schaal van 0,2 tot 200.',
    );
  });
});
