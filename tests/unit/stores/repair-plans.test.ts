import { LIMITS, type Plan } from '../../../src/lib/repair/plan';
import {
  $plans,
  addOwnAction,
  addPlanCheckIn,
  adoptProposal,
  changePlan,
  confirmSafety,
  importPlanFile,
  movePlanAction,
  removePlan,
  removePlanAction,
  showPlan,
  situationHold,
  startPlan,
} from '../../../src/stores/repair-plans';
import { buildPlanFile } from '../../../src/lib/repair/export/file';
import { fullPlan, loadCatalogue } from '../../support/repair';
import { at } from '../../support/must';

const plan = () => $plans.get().plans.find((p) => p.id === $plans.get().openId)!;
const show = (p: Plan) => $plans.set({ openId: p.id, plans: [p] });
const six = { competence: 6, reliability: 6, intentions: 6, integrity: 6, probability: 6, impact: 6 };

beforeEach(() => $plans.set({ plans: [] }));

describe('repair-plan store actions', () => {
  it('starts, opens and removes plans', () => {
    startPlan('Eerste');
    startPlan('Uit de scan', { instrument: 'vertrouwen-om-mij-heen', scales: ['omgeving-risico'] });
    expect(plan().name).toBe('Uit de scan');
    expect(plan().start).toBe('ontwikkeling');
    const first = at($plans.get().plans, 0).id;
    showPlan(first);
    expect(plan().name).toBe('Eerste');
    removePlan(first);
    expect($plans.get()).toEqual({ plans: [expect.objectContaining({ name: 'Uit de scan' })] });
  });

  it('confirms the safety check only with an answer, and says how many concerns there are', () => {
    startPlan('Plan');
    const id = plan().id;
    expect(confirmSafety(id, false)).toEqual({ ok: false, problem: 'choose-first' });
    expect(plan().safety.checked).toBe(false);
    expect(confirmSafety(id, true)).toEqual({ ok: true, concerns: 0 });
    changePlan(id, (p) => ({
      ...p,
      safety: { checked: false, concerns: ['geweld'], continueForRest: false },
    }));
    // Straight after a change, before any re-render: the action reads the stored plan.
    expect(confirmSafety(id, false)).toEqual({ ok: true, concerns: 1 });
    expect(plan().safety.checked).toBe(true);
  });

  it('holds the situation step until it is complete', () => {
    startPlan('Plan');
    const id = plan().id;
    confirmSafety(id, true);
    expect(situationHold(id)).toBe('situation-incomplete');
    changePlan(id, (p) => ({ ...p, start: 'ontwikkeling' }));
    expect(situationHold(id)).toBe('scales-missing');
    changePlan(id, (p) => ({ ...p, situation: fullPlan().situation, start: 'herstel' }));
    expect(situationHold(id)).toBeUndefined();
  });

  it('adopts a proposal with a first check-in two weeks out, counting only new actions', () => {
    const p = { ...fullPlan(), actions: [], adopted: false, firstCheckIn: undefined };
    show(p);
    const catalogue = loadCatalogue().slice(0, 3);
    expect(adoptProposal(p.id, catalogue, '2026-03-02')).toBe(3);
    expect(plan()).toMatchObject({ adopted: true, firstCheckIn: '2026-03-16' });
    expect(adoptProposal(p.id, catalogue, '2026-03-02')).toBe(0);
  });

  it('adds an own action only with a title and room, and moves and removes actions', () => {
    const p = fullPlan();
    show(p);
    expect(addOwnAction(p.id, { title: '  ', what: '', phase: 'nu', owner: '' })).toBe('needs-title');
    expect(addOwnAction(p.id, { title: ' Koffie halen ', what: '', phase: 'nu', owner: '' })).toBeUndefined();
    expect(plan().actions.at(-1)).toMatchObject({ title: 'Koffie halen', phase: 'nu', done: false });
    const own = plan().actions.at(-1)!.id;
    expect(movePlanAction(p.id, own, -1)).toEqual({ position: 1, of: 2 });
    expect(movePlanAction(p.id, own, -1)).toEqual({ position: 1, of: 2 });
    const removed = removePlanAction(p.id, own);
    expect(removed?.action.title).toBe('Koffie halen');
    expect(plan().actions.some((a) => a.id === own)).toBe(false);
    show({
      ...p,
      actions: Array.from({ length: LIMITS.actions }, (_, i) => ({ ...at(p.actions, 0), id: `x${i}` })),
    });
    expect(addOwnAction(p.id, { title: 'Nog een', what: '', phase: 'nu', owner: '' })).toBe('full');
  });

  it('notes a check-in with a note or all six scores, never a part of them', () => {
    const p = { ...fullPlan(), checkIns: [] };
    show(p);
    expect(addPlanCheckIn(p.id, '2026-04-01', '  ', {})).toBe('needs-something');
    expect(addPlanCheckIn(p.id, '2026-04-01', 'Goed gesprek', { competence: 7 })).toBe('rate-incomplete');
    expect(plan().checkIns).toEqual([]);
    expect(addPlanCheckIn(p.id, '2026-04-01', ' Goed gesprek ', {})).toBeUndefined();
    expect(addPlanCheckIn(p.id, '2026-04-15', '', six)).toBeUndefined();
    expect(plan().checkIns.map((c) => [c.date, c.note, c.scores])).toEqual([
      ['2026-04-01', 'Goed gesprek', undefined],
      ['2026-04-15', '', six],
    ]);
  });

  it('imports a plan file beside the plans there are, or says why not and changes nothing', async () => {
    startPlan('Hier al');
    const before = $plans.get();
    expect(await importPlanFile('{ kapot')).toEqual({ ok: false, problem: 'not-json' });
    expect($plans.get()).toBe(before);
    const read = await importPlanFile(buildPlanFile([fullPlan()], new Date()));
    expect(read.ok).toBe(true);
    expect($plans.get().plans.map((p) => p.name)).toEqual(['Hier al', fullPlan().name]);
  });
});
