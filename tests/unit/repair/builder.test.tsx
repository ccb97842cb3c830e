import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import RepairPlanBuilder from '../../../src/islands/repair/RepairPlanBuilder';
import { encodeShare } from '../../../src/lib/core/share-code';
import { scanHandoffFormat } from '../../../src/lib/scan/handoff';
import { STEPS, type Plan } from '../../../src/lib/repair/plan';
import { $plans } from '../../../src/stores/repair-plans';
import { at } from '../../support/must';
import {
  FREE_TEXT_FIELDS,
  fullPlan,
  injectionsFor,
  builderLinks,
  loadResolvedCatalogue,
} from '../../support/repair';
import { serveSiteData } from '../../support/site-data';

const catalogue = loadResolvedCatalogue();
const links = builderLinks();
const STEP_CLASS = {
  veiligheid: 'safety',
  situatie: 'situation',
  voorstel: 'proposal',
  plan: 'plan',
  opvolgen: 'follow',
} as const;

beforeEach(() => {
  // The later steps read the catalogue the build writes beside the page.
  serveSiteData({ '/herstelplan/acties.json': catalogue });
  localStorage.clear();
  $plans.set({ plans: [] });
  history.replaceState(null, '', '/herstelplan/');
});
afterEach(cleanup);

async function show(plan: Plan) {
  $plans.set({ openId: plan.id, plans: [plan] });
  const view = render(<RepairPlanBuilder links={links} />);
  // The later steps and the print view are loaded on demand: the first load may take a moment.
  await waitFor(() => expect(document.querySelector(`.step--${STEP_CLASS[plan.step]}`)).toBeTruthy(), {
    timeout: 5000,
  });
  await waitFor(() => expect(document.querySelector('.plan-print')).toBeTruthy(), { timeout: 5000 });
  return view.container;
}

/** Everything the visitor can read on the page: text and the values of form fields. */
const readable = (root: Element) =>
  [
    root.textContent ?? '',
    ...[...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map(
      (i) => i.value,
    ),
  ].join('\n');

function expectNoMarkupFrom(root: Element) {
  expect(root.querySelectorAll('script, img, iframe, b, em:not(.cite *), code, h1').length).toBe(0);
  expect(
    [...root.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))),
  ).toEqual([]);
  expect(
    [...root.querySelectorAll('a')].filter((a) => !/^(\/|#)/.test(a.getAttribute('href') ?? '')),
  ).toEqual([]);
}

describe('what a visitor types stays text on the page and in print', () => {
  it.each(FREE_TEXT_FIELDS.map((f) => [f.name, f]))('%s, on every step', async (_, field) => {
    for (const attack of injectionsFor(field.max)) {
      for (const step of STEPS) {
        const root = await show({ ...field.set(fullPlan(), attack), step });
        expectNoMarkupFrom(root);
        // The printable plan holds every field, as text.
        expect(root.querySelector('.plan-print')!.textContent).toContain(attack);
        cleanup();
      }
    }
  });

  it('shows the typed text where the visitor edits it', async () => {
    const plan = FREE_TEXT_FIELDS.reduce<Plan>((p, f) => f.set(p, at(injectionsFor(f.max), 0)), {
      ...fullPlan(),
      step: 'plan',
    });
    const root = await show(plan);
    expectNoMarkupFrom(root);
    const text = readable(root);
    for (const f of FREE_TEXT_FIELDS.filter((x) => x.name !== 'check-in note'))
      expect(text, f.name).toContain(injectionsFor(f.max)[0]);
    expect(root.querySelector('.plans__name')!.textContent).toContain(injectionsFor(80)[0]);
  });
});

describe('an own action', () => {
  it('joins the plan, then the text fields empty and the chosen phase stays', async () => {
    const root = await show({ ...fullPlan(), step: 'plan' });
    const form = within(root.querySelector<HTMLElement>('.add-action')!);
    const field = (label: string) => form.getByLabelText(label, { exact: true }) as HTMLInputElement;
    fireEvent.input(field('Actie'), { target: { value: 'Verslagen eerst samen lezen' } });
    fireEvent.input(field('Wat je doet'), { target: { value: 'Elke vrijdag een half uur.' } });
    fireEvent.input(field('Wie'), { target: { value: 'ik en Ruud' } });
    fireEvent.change(field('Wanneer'), { target: { value: '2026-03-20' } });
    fireEvent.change(field('Fase'), { target: { value: 'komende-maanden' } });
    fireEvent.click(form.getByRole('button', { name: 'Voeg toe' }));
    await waitFor(() => expect($plans.get().plans[0]!.actions.length).toBe(fullPlan().actions.length + 1));
    expect(at($plans.get().plans[0]!.actions, -1)).toMatchObject({
      title: 'Verslagen eerst samen lezen',
      what: 'Elke vrijdag een half uur.',
      owner: 'ik en Ruud',
      due: '2026-03-20',
      phase: 'komende-maanden',
    });
    expect(['Actie', 'Wat je doet', 'Wie', 'Wanneer'].map((label) => field(label).value)).toEqual([
      '',
      '',
      '',
      '',
    ]);
    expect(field('Fase').value).toBe('komende-maanden');
  });
});

describe('the hand-off from the scan', () => {
  it('offers a new plan from the growth areas and leaves existing plans alone', async () => {
    const mine = fullPlan();
    $plans.set({ openId: mine.id, plans: [mine] });
    history.replaceState(
      null,
      '',
      `/herstelplan/#${encodeShare(scanHandoffFormat, { instrument: 'mijn-vertrouwenswaardigheid', scales: ['eigen-moed', 'iets-onbekends'] })}`,
    );
    render(<RepairPlanBuilder links={links} />);
    expect(
      await screen.findByText(/Je komt van de scan "Mijn vertrouwenswaardigheid"/, {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.getByText('Moed')).toBeTruthy();
    expect(screen.getByText(/iets-onbekends/)).toBeTruthy();
    expect($plans.get().plans).toEqual([mine]);

    fireEvent.click(screen.getByRole('button', { name: 'Maak een plan vanuit je scan' }));
    await waitFor(() => expect($plans.get().plans).toHaveLength(2));
    const made = at($plans.get().plans, 1, 'plan');
    expect(made).toMatchObject({
      start: 'ontwikkeling',
      scan: { instrument: 'mijn-vertrouwenswaardigheid', scales: ['eigen-moed'] },
      step: 'veiligheid',
    });
    expect($plans.get().plans[0]).toEqual(mine);
    expect($plans.get().openId).toBe(made.id);
    expect(location.hash).toBe('');
  });

  it("explains a broken link in plain Dutch and still shows the visitor's plans", async () => {
    const mine = fullPlan();
    $plans.set({ openId: mine.id, plans: [mine] });
    history.replaceState(null, '', '/herstelplan/#vanuit-scan=1.bm9n-kapot');
    render(<RepairPlanBuilder links={links} />);
    expect(
      await screen.findByText(
        /We konden de link vanuit de scan niet lezen\. De link vanuit de scan is niet compleet of beschadigd/,
      ),
    ).toBeTruthy();
    expect(screen.getByText('Samenwerking met de planning', { selector: 'strong' })).toBeTruthy();
    expect($plans.get().plans).toEqual([mine]);
  });
});

describe('the safety check', () => {
  it('with a concern: not a trust exercise, the formal routes, and going on only for what remains', async () => {
    render(<RepairPlanBuilder links={links} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Begin een nieuw plan' }));
    fireEvent.click(await screen.findByLabelText('Fraude, corruptie of een andere misstand'));
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText('Dit is geen vertrouwensoefening', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('De klokkenluidersregeling')).toBeTruthy();
    expect(screen.getByText(/preventieadviseur psychosociale aspecten/)).toBeTruthy();
    expect(
      screen
        .getByRole('button', { name: /^De situatie\s*\(nog niet beschikbaar\)$/ })
        .hasAttribute('disabled'),
    ).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Verder met wat overblijft' }));
    expect(
      await screen.findByText('Er gaat een formele route voor. Dit plan gaat over wat overblijft.'),
    ).toBeTruthy();
    expect($plans.get().plans.find((p) => p.id === $plans.get().openId)!.safety).toEqual({
      checked: true,
      concerns: ['fraude'],
      continueForRest: true,
    });
  });
});
