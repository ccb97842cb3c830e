import {
  appliesTo,
  isDevelopmentAction,
  PHASES,
  recommend,
  SCAN_SCALE_IDS,
  SITUATION_ANSWERS,
  type Situation,
} from '../../../src/lib/repair/catalogue';
import { loadCatalogue, SMALL_SLIP } from '../../support/repair';
import { at } from '../../support/must';

const catalogue = loadCatalogue();
const ids = (s: Situation) => recommend(catalogue, { kind: 'herstel', situation: s }).map((a) => a.id);

const base: Situation = { ...SMALL_SLIP, formalRoute: false };

interface Row {
  name: string;
  situation: Partial<Situation>;
  must: string[];
  mustNot: string[];
}

// Situations and what each plan must and must not hold, from the research behind chapter 8.
const table: Row[] = [
  {
    name: 'a small competence failure of mine towards a colleague, this week: apologise with my own part, act early, improve visibly',
    situation: {},
    must: [
      'vroeg-reageren',
      'excuus-eigen-aandeel',
      'zichtbare-verbetering',
      'herstelgesprek',
      'terugblik-plannen',
      'beloften-zichtbaar-nakomen',
    ],
    mustNot: [
      'integriteit-erkennen',
      'controleerbare-afspraken',
      'mediatie',
      'formele-route-eerst',
      'stilte-doorbreken',
    ],
  },
  {
    name: 'an integrity breach of mine: more than words, with verifiable commitments and follow-up, no apology on its own',
    situation: { violation: 'integriteit', severity: 'ernstig' },
    must: [
      'integriteit-erkennen',
      'controleerbare-afspraken',
      'schade-herstellen',
      'beloften-zichtbaar-nakomen',
      'terugblik-plannen',
      'zorgvuldig-reageren',
    ],
    mustNot: ['excuus-eigen-aandeel', 'zichtbare-verbetering', 'vroeg-reageren'],
  },
  {
    name: "I did not weigh the other's interest: acknowledge what it cost them, and clear expectations",
    situation: { violation: 'welwillendheid' },
    must: ['belang-erkennen', 'verwachtingen-uitspreken'],
    mustNot: ['excuus-eigen-aandeel', 'integriteit-erkennen', 'schade-herstellen'],
  },
  {
    name: 'harassment or fraud involved: the formal route first, no conversation with the other party',
    situation: {
      violation: 'integriteit',
      severity: 'ernstig',
      formalRoute: true,
      talked: 'ja',
      timing: 'weken',
    },
    must: ['formele-route-eerst', 'formele-route-afstemmen', 'controleerbare-afspraken'],
    mustNot: [
      'herstelgesprek',
      'integriteit-erkennen',
      'mediatie',
      'terugblik-plannen',
      'vroeg-reageren',
      'stilte-doorbreken',
    ],
  },
  {
    name: 'a colleague broke my trust on integrity, again and again, nothing ticked in the safety step: talk first, and know the formal route',
    situation: {
      role: 'geschaad',
      violation: 'integriteit',
      severity: 'herhaald',
      talked: 'ja',
      timing: 'weken',
    },
    must: ['formele-route-kennen', 'mediatie', 'eigen-kant-op-een-rij'],
    mustNot: ['formele-route-eerst', 'formele-route-afstemmen', 'excuus-eigen-aandeel'],
  },
  {
    name: 'the same breach once and not on purpose: no pointer to the formal route',
    situation: { role: 'geschaad', violation: 'integriteit', severity: 'ernstig' },
    must: ['eigen-kant-op-een-rij'],
    mustNot: ['formele-route-kennen', 'formele-route-eerst'],
  },
  {
    name: 'a repeated integrity breach with a concern ticked: the formal route first, not the pointer beside a talk',
    situation: { role: 'geschaad', violation: 'integriteit', severity: 'herhaald', formalRoute: true },
    must: ['formele-route-eerst', 'formele-route-afstemmen'],
    mustNot: ['formele-route-kennen', 'mediatie', 'patroon-doorbreken'],
  },
  {
    name: 'my trust in a colleague was damaged and we have not talked for months: break the silence with an I-message',
    situation: { role: 'geschaad', timing: 'maanden', talked: 'nee', severity: 'ernstig' },
    must: [
      'stilte-doorbreken',
      'eigen-kant-op-een-rij',
      'ik-boodschap-gesprek',
      'vertrouwen-in-kleine-stappen',
    ],
    mustNot: ['excuus-eigen-aandeel', 'herstelgesprek', 'beloften-zichtbaar-nakomen', 'vroeg-reageren'],
  },
  {
    name: 'a team member broke my trust as their leader: SBI feedback instead of quietly moving tasks',
    situation: { relationship: 'team', role: 'geschaad' },
    must: ['sbi-gesprek', 'eigen-kant-op-een-rij'],
    mustNot: ['ik-boodschap-gesprek', 'leidinggevende-gedrag-volhouden'],
  },
  {
    name: "as a leader I damaged my team's trust: name it in the team and show different behaviour for a long time",
    situation: { relationship: 'team', severity: 'ernstig', timing: 'weken' },
    must: [
      'breuk-benoemen-in-team',
      'leidinggevende-gedrag-volhouden',
      'excuus-eigen-aandeel',
      'pulsmeting-herhalen',
    ],
    mustNot: ['herstelgesprek', 'vroeg-reageren'],
  },
  {
    name: 'a repeated breach, already discussed: break the pattern, a neutral third party',
    situation: { severity: 'herhaald', talked: 'ja', timing: 'maanden' },
    must: ['patroon-doorbreken', 'mediatie'],
    mustNot: ['vroeg-reageren', 'stilte-doorbreken', 'eerdere-afspraken-nalopen'],
  },
  {
    name: 'discussed weeks ago and not repeated: check what became of the agreements',
    situation: { talked: 'ja', timing: 'weken', severity: 'ernstig' },
    must: ['eerdere-afspraken-nalopen'],
    mustNot: ['mediatie', 'stilte-doorbreken'],
  },
  {
    name: 'I help two colleagues (HR, coach): my role, both sides heard, watch the drama triangle, guard agreements',
    situation: { role: 'begeleider', severity: 'ernstig' },
    must: [
      'rol-als-begeleider',
      'beide-kanten-horen',
      'drama-herkennen',
      'afspraken-bewaken',
      'zorgvuldig-reageren',
    ],
    mustNot: ['excuus-eigen-aandeel', 'herstelgesprek', 'ik-boodschap-gesprek'],
  },
  {
    name: 'a serious failure of the organisation, acting for it: the four stages of Gillespie & Dietz',
    situation: { relationship: 'organisatie', severity: 'ernstig', violation: 'integriteit' },
    must: [
      'organisatie-meteen-reageren',
      'organisatie-diagnose',
      'organisatie-hervormen',
      'organisatie-evalueren',
      'organisatie-betrekken',
      'schade-herstellen',
    ],
    mustNot: ['herstelgesprek', 'excuus-eigen-aandeel', 'integriteit-erkennen', 'breuk-benoemen-in-team'],
  },
  {
    name: 'a small failure of the organisation: respond, diagnose and evaluate, no structural overhaul',
    situation: { relationship: 'organisatie', role: 'begeleider' },
    must: ['organisatie-meteen-reageren', 'organisatie-diagnose', 'organisatie-evalueren'],
    mustNot: ['organisatie-hervormen'],
  },
  {
    name: 'my trust in the organisation was damaged: make the risk concrete, ask for an explanation, raise the procedure',
    situation: { relationship: 'organisatie', role: 'geschaad', severity: 'ernstig' },
    must: ['risico-concreet-maken', 'uitleg-vragen-aan-leiding', 'procedure-aankaarten'],
    mustNot: ['organisatie-meteen-reageren', 'ik-boodschap-gesprek', 'herstelgesprek'],
  },
  {
    name: 'between two teams: a shared language and agreed channels',
    situation: { relationship: 'teams', role: 'geschaad' },
    must: ['kanaal-afspreken', 'ik-boodschap-gesprek'],
    mustNot: ['sbi-gesprek', 'organisatie-diagnose'],
  },
];

describe('the recommended plan for a situation', () => {
  it.each(table.map((r) => [r.name, r]))('%s', (_, row) => {
    const got = ids({ ...base, ...row.situation });
    expect(
      row.must.filter((id) => !got.includes(id)),
      'missing',
    ).toEqual([]);
    expect(
      row.mustNot.filter((id) => got.includes(id)),
      'should not be there',
    ).toEqual([]);
  });

  it('the table only names actions that exist', () => {
    const known = new Set(catalogue.map((a) => a.id));
    expect(table.flatMap((r) => [...r.must, ...r.mustNot]).filter((id) => !known.has(id))).toEqual([]);
  });
});

/** Every combination of the answers, with and without a formal route going first. */
function everySituation(): Situation[] {
  const choices = { ...SITUATION_ANSWERS, formalRoute: [false, true] };
  let all: Array<Partial<Situation>> = [{}];
  for (const [key, values] of Object.entries(choices))
    all = all.flatMap((s) => values.map((value) => ({ ...s, [key]: value })));
  return all as Situation[];
}

describe('every possible situation (all 1,296)', () => {
  const all = everySituation().map((situation) => ({
    situation,
    plan: recommend(catalogue, { kind: 'herstel', situation }),
  }));
  const label = (s: Situation) => Object.values(s).join(' ');

  it('are 1,296 distinct situations', () => {
    expect(new Set(all.map((x) => label(x.situation))).size).toBe(1296);
  });

  it('gets 4–12 actions, something to do now, this week and in the coming months, phases in order', () => {
    for (const { situation, plan } of all) {
      expect(plan.length, label(situation)).toBeGreaterThanOrEqual(4);
      expect(plan.length, label(situation)).toBeLessThanOrEqual(12);
      for (const phase of PHASES)
        expect(
          plan.some((a) => a.phase === phase),
          `${label(situation)}: ${phase}`,
        ).toBe(true);
      const order = plan.map((a) => PHASES.indexOf(a.phase));
      expect(order, label(situation)).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('never mixes in development actions, and never repeats an action', () => {
    for (const { situation, plan } of all) {
      expect(plan.filter(isDevelopmentAction), label(situation)).toEqual([]);
      expect(new Set(plan.map((a) => a.id)).size, label(situation)).toBe(plan.length);
    }
  });

  it('with a formal route: that comes first, and no action asks for a talk with the other party', () => {
    for (const { situation, plan } of all.filter((x) => x.situation.formalRoute)) {
      expect(at(plan, 0).id, label(situation)).toBe('formele-route-eerst');
      expect(
        plan.filter((a) => a.conditions.formalRoute === false).map((a) => a.id),
        label(situation),
      ).toEqual([]);
    }
    for (const { situation, plan } of all.filter((x) => !x.situation.formalRoute)) {
      expect(
        plan.some((a) => a.id.startsWith('formele-route') && a.id !== 'formele-route-kennen'),
        label(situation),
      ).toBe(false);
    }
  });

  it('a repeated or deliberate integrity breach without a formal route: a conversation first, the formal route pointed to beside it', () => {
    for (const { situation, plan } of all) {
      const got = plan.map((a) => a.id);
      const fits =
        situation.violation === 'integriteit' &&
        situation.severity === 'herhaald' &&
        !situation.formalRoute &&
        situation.role !== 'veroorzaker';
      expect(got.includes('formele-route-kennen'), label(situation)).toBe(fits);
      // Between people the plan still holds a conversation; towards the organisation it holds its steps.
      if (fits && situation.relationship !== 'organisatie') {
        const talk = plan.filter(
          (a) => a.conditions.formalRoute === false && a.id !== 'formele-route-kennen',
        );
        expect(talk.length, label(situation)).toBeGreaterThan(0);
      }
    }
  });

  it('after my own integrity breach: never an apology on its own, always verifiable commitments and follow-up', () => {
    const mine = all.filter(
      (x) => x.situation.role === 'veroorzaker' && x.situation.violation === 'integriteit',
    );
    for (const { situation, plan } of mine) {
      const got = plan.map((a) => a.id);
      expect(got, label(situation)).not.toContain('excuus-eigen-aandeel');
      expect(got, label(situation)).toContain('beloften-zichtbaar-nakomen');
      if (situation.relationship !== 'organisatie')
        expect(got, label(situation)).toContain('controleerbare-afspraken');
      else expect(got, label(situation)).toContain('organisatie-evalueren');
    }
  });

  it('an apology with my own part only after my own competence failure', () => {
    for (const { situation, plan } of all) {
      const has = plan.some((a) => a.id === 'excuus-eigen-aandeel');
      const fits =
        situation.role === 'veroorzaker' &&
        situation.violation === 'competentie' &&
        situation.relationship !== 'organisatie' &&
        !situation.formalRoute;
      expect(has, label(situation)).toBe(fits);
    }
  });

  it('a small incident this week or last: act early, unless a formal route goes first', () => {
    for (const { situation, plan } of all.filter(
      (x) => x.situation.severity === 'klein' && x.situation.timing === 'dagen',
    )) {
      expect(
        plan.some((a) => a.id === 'vroeg-reageren'),
        label(situation),
      ).toBe(!situation.formalRoute);
    }
  });
});

describe('a plan that starts from the scan', () => {
  const dev = (scales: string[]) => recommend(catalogue, { kind: 'ontwikkeling', scales });

  it('offers development actions for the growth areas only, never repair actions', () => {
    const plan = dev(['eigen-consistentie']);
    expect(plan.map((a) => a.id)).toEqual(
      expect.arrayContaining(['toezeggingen-bijhouden', 'kleiner-beloven', 'na-een-maand-terugkijken']),
    );
    expect(plan.every(isDevelopmentAction)).toBe(true);
    expect(plan.every((a) => a.conditions.scanScales!.includes('eigen-consistentie'))).toBe(true);
  });

  it('puts the weakest growth area first within a phase', () => {
    const plan = dev(['omgeving-veiligheid', 'eigen-moed']);
    const thisWeek = plan.filter((a) => a.phase === 'deze-week').map((a) => a.id);
    expect(thisWeek.indexOf('als-eerste-twijfel-delen')).toBeLessThan(
      thisWeek.indexOf('uitgesteld-gesprek-voeren'),
    );
    const reversed = dev(['eigen-moed', 'omgeving-veiligheid'])
      .filter((a) => a.phase === 'deze-week')
      .map((a) => a.id);
    expect(reversed.indexOf('uitgesteld-gesprek-voeren')).toBeLessThan(
      reversed.indexOf('als-eerste-twijfel-delen'),
    );
  });

  it('gives every single scale at least two actions, and nothing for unknown scales', () => {
    for (const scale of SCAN_SCALE_IDS) expect(dev([scale]).length, scale).toBeGreaterThanOrEqual(2);
    expect(dev(['bestaat-niet'])).toEqual([]);
  });

  it('a development action never applies to a broken relationship, a repair action never to growth', () => {
    for (const a of catalogue) {
      if (isDevelopmentAction(a))
        expect(appliesTo(a, { kind: 'herstel', situation: base }), a.id).toBe(false);
      else expect(appliesTo(a, { kind: 'ontwikkeling', scales: [...SCAN_SCALE_IDS] }), a.id).toBe(false);
    }
  });

  it('with a formal route: that comes first, and no confronting one person', () => {
    const plan = recommend(catalogue, {
      kind: 'ontwikkeling',
      scales: ['eigen-moed'],
      formalRoute: true,
    }).map((a) => a.id);
    expect(plan[0]).toBe('formele-route-eerst');
    expect(plan).toContain('formele-route-afstemmen');
    expect(plan).not.toContain('uitgesteld-gesprek-voeren');
    expect(plan).not.toContain('gemiste-afspraak-aankaarten');
    expect(plan).toContain('na-een-maand-terugkijken');
    const without = recommend(catalogue, { kind: 'ontwikkeling', scales: ['eigen-moed'] }).map((a) => a.id);
    expect(without).toEqual(
      expect.arrayContaining(['uitgesteld-gesprek-voeren', 'gemiste-afspraak-aankaarten']),
    );
    expect(without.some((id) => id.startsWith('formele-route'))).toBe(false);
  });
});
