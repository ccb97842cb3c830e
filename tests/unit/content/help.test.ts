import { HELP_ACTIVITIES, helpPageSchema, helpRouteSchema, type HelpPage } from '../../../src/schemas/help';
import { readYaml } from '../../support/content';

// content/help/routes.yaml: "Waar kun je terecht?" (/hulp/). The schema holds each field; these
// tests hold what the issue asks of the whole page, and that a malformed route is named.
const raw = readYaml('help/routes.yaml') as Record<string, unknown>;
const parsed = helpPageSchema.safeParse(raw);
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('content/help/routes.yaml', () => {
  it('matches the schema', () => {
    expect(issues(parsed)).toEqual([]);
  });

  const help = parsed.data as HelpPage;
  const ids = help.routes.map((r) => r.id);
  const byCountry = (c: 'nl' | 'be') => help.routes.filter((r) => r.country === c).map((r) => r.id);

  it('route ids are unique and say their country', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of help.routes) expect(r.id.startsWith(`${r.country}-`), r.id).toBe(true);
  });

  it('has at least the routes the issue names, per country', () => {
    expect(byCountry('nl')).toEqual(
      expect.arrayContaining(['nl-vertrouwenspersoon', 'nl-interne-meldprocedure', 'nl-huis-voor-klokkenluiders', 'nl-college-rechten-van-de-mens', 'nl-antidiscriminatievoorziening', 'nl-arbeidsinspectie', 'nl-juridisch-loket', 'nl-113', 'nl-112']),
    );
    expect(byCountry('be')).toEqual(
      expect.arrayContaining(['be-preventieadviseur-psa', 'be-vertrouwenspersoon', 'be-toezicht-welzijn', 'be-intern-meldkanaal', 'be-federale-ombudsman', 'be-firm', 'be-unia', 'be-1813', 'be-112']),
    );
  });

  it('every phone number is digits only, every route has a source, the date is a real date', () => {
    for (const r of help.routes) {
      for (const p of r.contact.phone ?? []) expect(p.number, r.id).toMatch(/^\d+$/);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const d of r.does) expect(HELP_ACTIVITIES, r.id).toContain(d);
    }
    expect(Number.isNaN(Date.parse(help.checked))).toBe(false);
  });

  it('shows the emergency numbers 112, 113 and 1813 at the top', () => {
    const numbers = help.page.emergencyRoutes.flatMap((id) => help.routes.find((r) => r.id === id)!.contact.phone!.map((p) => p.number));
    expect(numbers).toEqual(expect.arrayContaining(['112', '113', '1813']));
  });
});

describe('the help schema rejects a malformed route, naming the field', () => {
  const good = (raw.routes as Record<string, unknown>[]).find((r) => r.id === 'be-unia')!;
  const bad = (change: Record<string, unknown>) => issues(helpRouteSchema.safeParse({ ...good, ...change }));

  it('accepts the route as written', () => {
    expect(bad({})).toEqual([]);
  });

  it.each([
    ['a phone number with spaces', { contact: { phone: [{ number: '0800 12 800', display: '0800 12 800' }] } }, 'contact.phone.0.number'],
    ['an unknown country', { country: 'de' }, 'country'],
    ['an activity outside the list', { does: ['luisteren', 'helpen'] }, 'does.1'],
    ['no source', { sources: [] }, 'sources'],
    ['a source that is not a URL', { sources: ['unia.be'] }, 'sources.0'],
    ['an unknown field', { telefoon: '112' }, ''],
  ])('%s', (_, change, field) => {
    const got = bad(change);
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((m) => m.startsWith(`${field}:`) || (field === '' && /telefoon/.test(m))), got.join('; ')).toBe(true);
  });

  it('rejects a duplicate route id and a checked date that is not a date', () => {
    const routes = raw.routes as unknown[];
    expect(issues(helpPageSchema.safeParse({ ...raw, routes: [...routes, routes[0]] }))).toContain('routes.' + routes.length + '.id: route id "nl-vertrouwenspersoon" is used twice');
    expect(issues(helpPageSchema.safeParse({ ...raw, checked: '2 december 2026' })).some((m) => m.startsWith('checked:'))).toBe(true);
    expect(issues(helpPageSchema.safeParse({ ...raw, checked: '2026-11-30' })).some((m) => m.startsWith('page.checkedLabel:'))).toBe(true);
  });
});
