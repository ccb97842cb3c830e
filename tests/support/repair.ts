import { createPlan, LIMITS, type Plan } from '../../src/lib/repair/plan';
import { repairFileSchema } from '../../src/schemas/repair';
import type { CatalogueAction, Conditions, ResolvedAction, Situation } from '../../src/lib/repair/catalogue';
import { readChapters, readYaml, readYamlFolder } from './content';
import { at, must } from './must';
import { chapterHref, createSectionResolver, sectionHrefs } from '../../src/data/sections';
import { siteHref } from '../../src/islands/shared/site-path';
import { BUILDER_SECTIONS, type BuilderLinks } from '../../src/islands/repair/guide-links';

/**
 * Conditions as zod returns them (an optional key typed `T | undefined`) with unset keys left
 * out, which is what `Conditions` says. Every key of `Conditions` is optional, so any subset fits.
 */
const setConditions = (c: { [K in keyof Conditions]?: Conditions[K] | undefined }): Conditions =>
  Object.fromEntries(Object.entries(c).filter(([, value]) => value !== undefined)) as Conditions;

/** The real catalogue from content/repair/, validated as the build does. */
export function loadCatalogue(): CatalogueAction[] {
  const sources = new Set(Object.keys(readYaml('sources.yaml')));
  const sections = new Map(readChapters().map((c) => [c.slug, new Set(c.headingIds)]));
  const schema = repairFileSchema({ sources: () => sources, sections: () => sections });
  return readYamlFolder('repair').flatMap((f) =>
    schema.parse(f.data).actions.map((a) => ({ ...a, conditions: setConditions(a.conditions) })),
  );
}

/** The catalogue as the page hands it to the island (citation and titles filled in simply). */
export function loadResolvedCatalogue(): ResolvedAction[] {
  const sources = readYaml('sources.yaml') as Record<string, { label: string }>;
  return loadCatalogue().map((a) => {
    const parts = a.section.split('#'); // "<chapter-slug>#<heading-id>", as the schema checked
    return {
      ...a,
      cite: `(${must(sources[a.source], `source "${a.source}" in content/sources.yaml`).label})`,
      sectionTitle: at(parts, 1, `part of section "${a.section}"`),
      chapterTitle: at(parts, 0, `part of section "${a.section}"`),
      sectionHref: chapterHref(
        at(parts, 0, `part of section "${a.section}"`),
        at(parts, 1, `part of section "${a.section}"`),
      ),
      sourceHref: siteHref(`bronnen/#${a.source}`),
    };
  });
}

/** The builder's links into the guide, resolved as the page does (a missing heading throws). */
export function builderLinks(): BuilderLinks {
  const chapters = readChapters().map((c) => ({
    slug: c.slug,
    title: String(c.frontmatter.title),
    order: c.number,
    body: c.body,
  }));
  return sectionHrefs(createSectionResolver(chapters), BUILDER_SECTIONS, 'src/islands/repair/guide-links.ts');
}

/** Script and markup that must come out as plain text wherever a visitor's words are shown. */
export const INJECTIONS = [
  '<script>alert("x")</script>',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">klik</a> <!-- weg -->',
  '[link](javascript:alert(1)) ![beeld](https://evil.example/x.png) [ref]: https://evil.example',
  '**vet** __ook__ *schuin* _schuin_ `code` ~~weg~~ $x^2$ {{x}} <b>vet</b>',
  '# Kop',
  '- lijst',
  '1. genummerd',
  '2) ook',
  '> citaat',
  '---',
  '=== ',
  '| a | b |',
  '|---|---|',
  '    ingesprongen als code',
  'https://evil.example www.evil.example iemand@evil.example <https://evil.example>',
  '&lt;b&gt; &amp; &#60;script&#62; \\*niet\\* \\',
  'BEGIN:VEVENT',
  'END:VCALENDAR;X-A=1,2 \\n \\; ',
  'Gewoon: 3.5 uur, 10% (prima)! Zeggen-doen? "aanhalingstekens" \'enkel\' – en — ✓ 🙂',
];
export const INJECTION = INJECTIONS.join('\n');
/** For fields with a short limit (a name, a title): the same attacks in fewer characters. */
export const SHORT_INJECTIONS = [
  '<script>alert(1)</script><img src=x onerror="alert(1)">',
  '[a](javascript:alert(1)) **b** `c` <b>d</b> &lt;e&gt; # f',
];

/** The attack texts that fit a field of this length. */
export const injectionsFor = (max: number) => (INJECTION.length <= max ? [INJECTION] : SHORT_INJECTIONS);

/** Every free-text field of a plan, with a way to set it and whether the calendar file shows it. */
export const FREE_TEXT_FIELDS: Array<{
  name: string;
  set: (p: Plan, text: string) => Plan;
  max: number;
  inCalendar?: boolean;
}> = [
  { name: 'plan name', set: (p, t) => ({ ...p, name: t }), max: LIMITS.name, inCalendar: true },
  ...(['title', 'what', 'owner'] as const).map((field) => ({
    name: `action ${field}`,
    max: { title: LIMITS.title, what: LIMITS.text, owner: LIMITS.owner }[field],
    inCalendar: true,
    // The second action: open, dated and from the catalogue, so it shows in every export.
    set: (p: Plan, t: string) => ({
      ...p,
      actions: p.actions.map((a, i) => (i === 1 ? { ...a, [field]: t } : a)),
    }),
  })),
  {
    name: 'own action title',
    set: (p, t) => ({ ...p, actions: p.actions.map((a) => (a.catalogueId ? a : { ...a, title: t })) }),
    max: LIMITS.title,
    inCalendar: true,
  },
  {
    name: 'check-in note',
    set: (p, t) => ({ ...p, checkIns: p.checkIns.map((c, i) => (i === 0 ? { ...c, note: t } : c)) }),
    max: LIMITS.note,
  },
  ...(['waarneming', 'gevolg', 'gevoel', 'wens'] as const).map((part) => ({
    name: `I-message ${part}`,
    max: LIMITS.part,
    set: (p: Plan, t: string) => ({
      ...p,
      conversation: { ...p.conversation, ik: { ...p.conversation.ik, [part]: t } },
    }),
  })),
  ...(['situatie', 'gedrag', 'impact', 'vraag'] as const).map((part) => ({
    name: `SBI ${part}`,
    max: LIMITS.part,
    set: (p: Plan, t: string) => ({
      ...p,
      conversation: { ...p.conversation, sbi: { ...p.conversation.sbi, [part]: t } },
    }),
  })),
];

/** A small competence failure of mine towards a colleague, this week: every answer of the situation step. */
export const SMALL_SLIP: Omit<Situation, 'formalRoute'> = {
  relationship: 'collega',
  role: 'veroorzaker',
  violation: 'competentie',
  severity: 'klein',
  timing: 'dagen',
  talked: 'nee',
};

/** The check-ins of a fortnightly rhythm from 16 March 2026, as fullPlan() has it: about three months. */
export const FORTNIGHTLY_FROM_16_MARCH = [
  '2026-03-16',
  '2026-03-30',
  '2026-04-13',
  '2026-04-27',
  '2026-05-11',
  '2026-05-25',
];

/** A plan that has been through every step: adopted actions, an own action, check-ins, conversation. */
export function fullPlan(): Plan {
  const p = createPlan('proefplan', 'Samenwerking met de planning', new Date('2026-03-02T09:00:00Z'));
  return {
    ...p,
    step: 'opvolgen',
    safety: { checked: true, concerns: [], continueForRest: false },
    situation: { ...SMALL_SLIP },
    adopted: true,
    actions: [
      {
        id: 'a1',
        catalogueId: 'excuus-eigen-aandeel',
        title: 'Bied excuses aan en noem je eigen aandeel',
        what: 'Zeg wat er misging.',
        phase: 'nu',
        owner: 'ik',
        due: '2026-03-03',
        done: true,
        doneOn: '2026-03-03',
      },
      {
        id: 'a2',
        catalogueId: 'herstelgesprek',
        title: 'Voer een herstelgesprek',
        what: 'Plan een rustig gesprek.',
        phase: 'deze-week',
        owner: 'ik en Ruud',
        due: '2026-03-06',
        done: false,
      },
      {
        id: 'a3',
        title: 'Rooster vier weken vooruit delen',
        what: 'Zet het rooster in de gedeelde map.',
        phase: 'komende-maanden',
        owner: 'Ellen',
        due: '2026-04-01',
        done: false,
      },
      {
        id: 'a4',
        catalogueId: 'beloften-zichtbaar-nakomen',
        title: 'Kom je afspraken zichtbaar na',
        what: 'Zet elke toezegging in je agenda.',
        phase: 'komende-maanden',
        owner: '',
        done: false,
      },
    ],
    rhythm: 'twee-weken',
    firstCheckIn: '2026-03-16',
    checkIns: [
      {
        id: 'c1',
        date: '2026-03-16',
        note: 'Eerste gesprek ging goed.',
        scores: { competence: 6, reliability: 4, intentions: 7, integrity: 8, probability: 6, impact: 7 },
      },
      {
        id: 'c2',
        date: '2026-03-30',
        note: 'Afspraken worden nagekomen.',
        scores: { competence: 7, reliability: 7, intentions: 7, integrity: 8, probability: 4, impact: 6 },
      },
    ],
    conversation: {
      ik: {
        waarneming: 'Toen het rooster vrijdag veranderde',
        gevolg: 'moest ik drie mensen bellen',
        gevoel: 'Dat zat me dwars',
        wens: 'Ik wil wijzigingen eerst samen bespreken',
      },
      sbi: {
        situatie: 'In het overleg van dinsdag',
        gedrag: 'onderbrak je Samira twee keer',
        impact: 'Ze zei daarna niets meer',
        vraag: 'Hoe zag jij dat?',
      },
    },
  };
}
