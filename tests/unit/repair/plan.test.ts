import fc from 'fast-check';
import * as v from 'valibot';
import { FACTORS, SCORE_MAX, SCORE_MIN } from '../../../src/lib/quotient/quotient';
import { scoresSchema } from '../../../src/lib/quotient/case';
import { currentScanScales, recommend } from '../../../src/lib/repair/catalogue';
import {
  addCheckIn,
  addPlan,
  adopt,
  createPlan,
  deletePlan,
  LIMITS,
  moveAction,
  openPlan,
  plansCodec,
  reachable,
  removeAction,
  restoreAction,
  setDone,
  startOf,
  withPlan,
  type Plan,
} from '../../../src/lib/repair/plan';
import { decode, encode } from '../../../src/lib/core/storage';
import { fullPlan, loadCatalogue } from '../../support/repair';
import { at } from '../../support/must';

const catalogue = loadCatalogue();
const now = new Date('2026-03-02T09:00:00Z');
let n = 0;
const newId = () => `id${++n}`;

const answered = (p: Plan, concerns: Plan['safety']['concerns'] = [], continueForRest = false): Plan => ({
  ...p,
  safety: { checked: true, concerns, continueForRest },
  situation: {
    relationship: 'collega',
    role: 'veroorzaker',
    violation: 'integriteit',
    severity: 'ernstig',
    timing: 'weken',
    talked: 'nee',
  },
});

describe('a plan from safety check to follow-up', () => {
  it('opens each step only once the one before is done', () => {
    const p = createPlan('p1', 'Proef', now);
    expect(reachable(p)).toEqual({
      veiligheid: true,
      situatie: false,
      voorstel: false,
      plan: false,
      opvolgen: false,
    });
    const checked = { ...p, safety: { checked: true, concerns: [], continueForRest: false } };
    expect(reachable(checked)).toMatchObject({ situatie: true, voorstel: false });
    expect(reachable(answered(p))).toMatchObject({ situatie: true, voorstel: true, plan: false });
    const { plan } = adopt(answered(p), [], newId);
    expect(reachable(plan)).toMatchObject({ plan: true, opvolgen: true });
  });

  it('stops at the safety check while a concern is open, and goes on for what remains when chosen', () => {
    const p = createPlan('p1', 'Proef', now);
    const concern = answered(p, ['intimidatie']);
    expect(reachable(concern).situatie).toBe(false);
    expect(startOf(concern)).toBeUndefined();
    const rest = answered(p, ['intimidatie'], true);
    expect(startOf(rest)).toEqual({
      kind: 'herstel',
      situation: expect.objectContaining({ formalRoute: true }),
    });
    expect(startOf(answered(p))).toEqual({
      kind: 'herstel',
      situation: expect.objectContaining({ formalRoute: false }),
    });
  });

  it('a plan from the scan starts from its growth areas', () => {
    const p = createPlan('p2', 'Vanuit scan', now, {
      instrument: 'mijn-vertrouwenswaardigheid',
      scales: ['eigen-moed', 'eigen-openheid'],
    });
    expect(p.start).toBe('ontwikkeling');
    const cleared = { ...p, safety: { checked: true, concerns: [], continueForRest: false } };
    expect(startOf(cleared)).toEqual({
      kind: 'ontwikkeling',
      scales: ['eigen-moed', 'eigen-openheid'],
      formalRoute: false,
    });
    expect(
      startOf({ ...cleared, safety: { checked: true, concerns: ['geweld'], continueForRest: true } }),
    ).toMatchObject({ formalRoute: true });
    expect(startOf({ ...cleared, scan: { scales: [] } })).toBeUndefined();
  });

  it("adopting twice keeps the visitor's edits and own actions, and adds only what is new", () => {
    const p = answered(createPlan('p1', 'Proef', now));
    const first = adopt(p, recommend(catalogue, startOf(p)!), newId);
    expect(first.added).toBe(first.plan.actions.length);
    expect(first.plan.step).toBe('plan');
    const edited: Plan = {
      ...first.plan,
      actions: [
        { ...at(first.plan.actions, 0), title: 'Mijn eigen woorden', owner: 'ik' },
        ...first.plan.actions.slice(1),
        { id: 'eigen', title: 'Eigen', what: '', phase: 'nu', owner: '', done: false },
      ],
      situation: { ...first.plan.situation, severity: 'herhaald' },
    };
    const again = adopt(edited, recommend(catalogue, startOf(edited)!), newId);
    expect(again.plan.actions[0]).toMatchObject({ title: 'Mijn eigen woorden', owner: 'ik' });
    expect(again.plan.actions.some((a) => a.id === 'eigen')).toBe(true);
    expect(again.added).toBe(again.plan.actions.length - edited.actions.length);
    expect(again.plan.actions.map((a) => a.catalogueId)).toContain('patroon-doorbreken');
    // Added actions land among their own phase.
    const phases = again.plan.actions.filter((a) => a.catalogueId).map((a) => a.phase);
    expect(phases).toEqual(
      [...phases].sort(
        (a, b) =>
          ['nu', 'deze-week', 'komende-maanden'].indexOf(a) -
          ['nu', 'deze-week', 'komende-maanden'].indexOf(b),
      ),
    );
  });

  it('moves an action within its phase, not past the ends', () => {
    const p = fullPlan();
    // a3 and a4 are both "komende-maanden"; a2 is the only "deze-week".
    expect(moveAction(p, 'a4', -1).actions.map((a) => a.id)).toEqual(['a1', 'a2', 'a4', 'a3']);
    expect(moveAction(p, 'a3', -1)).toBe(p);
    expect(moveAction(p, 'a2', 1)).toBe(p);
    expect(moveAction(p, 'a4', 1)).toBe(p);
    expect(moveAction(p, 'onbekend', 1)).toBe(p);
  });

  it('removes an action and puts it back where it was', () => {
    const p = fullPlan();
    const { plan, removed } = removeAction(p, 'a2');
    expect(plan.actions.map((a) => a.id)).toEqual(['a1', 'a3', 'a4']);
    expect(restoreAction(plan, removed!).actions).toEqual(p.actions);
    expect(restoreAction(p, removed!)).toBe(p);
  });

  it('marks done with a date, and undone without one', () => {
    const p = setDone(fullPlan(), 'a2', true, '2026-03-05');
    expect(p.actions[1]).toMatchObject({ done: true, doneOn: '2026-03-05' });
    const undone = at(setDone(p, 'a2', false, '2026-03-06').actions, 1);
    expect(undone.done).toBe(false);
    expect('doneOn' in undone).toBe(false);
  });

  it('keeps check-ins in date order', () => {
    const p = addCheckIn(fullPlan(), { id: 'c0', date: '2026-03-09', note: 'tussendoor' });
    expect(p.checkIns.map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
  });
});

describe('stored re-ratings', () => {
  it("use exactly the quotient's six factors and its scale", () => {
    const all = (n: number) => Object.fromEntries(FACTORS.map((f) => [f, n]));
    expect(v.is(scoresSchema, all(SCORE_MIN))).toBe(true);
    expect(v.is(scoresSchema, all(SCORE_MAX))).toBe(true);
    expect(v.is(scoresSchema, all(SCORE_MIN - 1))).toBe(false);
    expect(v.is(scoresSchema, all(SCORE_MAX + 1))).toBe(false);
    for (const f of FACTORS) {
      const { [f]: _left, ...five } = all(SCORE_MIN);
      expect(v.is(scoresSchema, five)).toBe(false);
    }
  });
});

describe('several named plans', () => {
  it('adds, opens, updates and deletes plans, up to the limit', () => {
    let state = plansCodec.empty();
    state = addPlan(state, createPlan('p1', 'Eén', now));
    state = addPlan(state, createPlan('p2', 'Twee', now));
    expect(state.openId).toBe('p2');
    state = openPlan(state, 'p1');
    expect(state.openId).toBe('p1');
    state = withPlan(state, 'p1', (p) => ({ ...p, name: 'Eén, hernoemd' }), new Date('2026-03-03T10:00:00Z'));
    expect(state.plans[0]).toMatchObject({ name: 'Eén, hernoemd', updatedAt: '2026-03-03T10:00:00.000Z' });
    expect(at(state.plans, 1).updatedAt).toBe(now.toISOString());
    state = deletePlan(state, 'p1');
    expect(state).toEqual({ plans: [expect.objectContaining({ id: 'p2' })] });
    expect(openPlan(state, 'weg')).toEqual({ plans: state.plans });
    let full = plansCodec.empty();
    for (let i = 0; i < LIMITS.plans + 3; i++) full = addPlan(full, createPlan(`p${i}`, `Plan ${i}`, now));
    expect(full.plans).toHaveLength(LIMITS.plans);
  });

  it('stores and reads back any plan text through the storage envelope', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 300 }), (name, note) => {
        const p = fullPlan();
        const state = { openId: p.id, plans: [{ ...p, name, checkIns: [{ ...at(p.checkIns, 0), note }] }] };
        expect(decode(plansCodec, encode(plansCodec, state))).toEqual({
          value: state,
          status: 'ok',
          migrated: false,
        });
      }),
    );
  });

  it('reads a plan saved with a scale of version 1 of the scan as the scales that ask the same now', () => {
    const p = fullPlan();
    const old = {
      ...p,
      start: 'ontwikkeling',
      scan: { instrument: 'vertrouwen-om-mij-heen', scales: ['omgeving-bekwaamheid', 'omgeving-risico'] },
    };
    const read = decode(plansCodec, JSON.stringify({ v: 1, data: { plans: [old] } }));
    expect(read.status).toBe('ok');
    expect(at(read.value.plans, 0).scan.scales).toEqual([
      'collegas-bekwaamheid',
      'leiding-bekwaamheid',
      'omgeving-risico',
    ]);
    // Its development actions are found again under the new ids.
    expect(
      recommend(catalogue, { kind: 'ontwikkeling', scales: at(read.value.plans, 0).scan.scales }).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('turns retired scan scale ids into their successors, without repeats, at most four, unknown ones apart', () => {
    expect(currentScanScales(['omgeving-veiligheid', 'omgeving-intenties'])).toEqual({
      scales: ['omgeving-veiligheid', 'collegas-intenties', 'leiding-intenties'],
      unknown: [],
    });
    expect(
      currentScanScales([
        'omgeving-integriteit',
        'collegas-integriteit',
        'iets',
        'omgeving-bekwaamheid',
        'eigen-moed',
      ]),
    ).toEqual({
      scales: ['collegas-integriteit', 'leiding-integriteit', 'collegas-bekwaamheid', 'leiding-bekwaamheid'],
      unknown: ['iets'],
    });
  });

  it('refuses stored plans with impossible values instead of half-reading them', () => {
    const p = fullPlan();
    const bad = [
      { ...p, actions: [{ ...p.actions[0], due: '2026-02-30' }] },
      { ...p, checkIns: [{ ...at(p.checkIns, 0), scores: { ...at(p.checkIns, 0).scores!, impact: 11 } }] },
      { ...p, step: 'klaar' },
      { ...p, scan: { scales: ['bestaat-niet'] } },
      { ...p, name: 'x'.repeat(LIMITS.name + 1) },
      { ...p, id: 'Met Hoofdletters' },
      { ...p, checkIns: [{ ...at(p.checkIns, 0), scores: { ...at(p.checkIns, 0).scores!, impact: 0 } }] },
      { ...p, checkIns: [{ ...at(p.checkIns, 0), scores: { ...at(p.checkIns, 0).scores!, impact: 2.5 } }] },
      { ...p, actions: Array.from({ length: LIMITS.actions + 1 }, () => p.actions[0]) },
    ];
    for (const plan of bad)
      expect(decode(plansCodec, JSON.stringify({ v: 1, data: { plans: [plan] } })).status).toBe('invalid');
  });
});
