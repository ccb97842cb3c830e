import { persistentAtom } from './site-storage';
import { plansCodec } from '../lib/repair/plan-codec';
import {
  addAction,
  addCheckIn,
  addPlan,
  adopt,
  createPlan,
  deletePlan,
  moveAction,
  openPlan,
  randomId,
  removeAction,
  withPlan,
  type Plan,
  type PlanAction,
  type Plans,
} from '../lib/repair/plan';
import { addDays } from '../lib/repair/followup';
import {
  addActionProblem,
  checkInProblem,
  safetyProblem,
  situationProblem,
  type AddActionProblem,
  type CheckInProblem,
} from '../lib/repair/forms';
import type { CatalogueAction } from '../lib/repair/catalogue';
import type { Factor, Scores } from '../lib/quotient/quotient';

/** The visitor's repair plans on this device. */
export const $plans = persistentAtom(plansCodec);

const change = (f: (s: Plans) => Plans) => $plans.set(f($plans.get()));
/** A plan as stored now: a click can arrive before the re-render that shows the last change. */
const stored = (id: string): Plan | undefined => $plans.get().plans.find((p) => p.id === id);

export const startPlan = (
  name: string,
  scan?: { instrument?: string | undefined; scales: string[] },
  now = new Date(),
) => change((s) => addPlan(s, createPlan(randomId(), name, now, scan)));
export const removePlan = (id: string) => change((s) => deletePlan(s, id));
export const showPlan = (id: string) => change((s) => openPlan(s, id));
/** Changes one plan (saved at once, with the time of the change). */
export const changePlan = (id: string, f: (p: Plan) => Plan, now = new Date()) =>
  change((s) => withPlan(s, id, f, now));

/** Reads a plan file and adds its plans; the file code loads only when a file is chosen. */
export async function importPlanFile(text: string) {
  const { parsePlanFile, importPlans } = await import('../lib/repair/export/file');
  const parsed = parsePlanFile(text, $plans.get(), randomId);
  if (parsed.ok) change((s) => importPlans(s, parsed.plans));
  return parsed;
}

/** Confirms the safety check: a problem, or how many concerns the visitor ticked. */
export function confirmSafety(
  id: string,
  noneChosen: boolean,
): { ok: false; problem: 'choose-first' } | { ok: true; concerns: number } {
  const plan = stored(id);
  const problem = plan && safetyProblem(plan, noneChosen);
  if (!plan || problem) return { ok: false, problem: 'choose-first' };
  changePlan(id, (p) => ({ ...p, safety: { ...p.safety, checked: true } }));
  return { ok: true, concerns: plan.safety.concerns.length };
}

/** Why the situation step cannot be left yet, if it cannot. */
export const situationHold = (id: string) => {
  const plan = stored(id);
  return plan ? situationProblem(plan) : 'situation-incomplete';
};

/** Takes the proposed actions into the plan; how many were new. */
export function adoptProposal(id: string, actions: readonly CatalogueAction[], today: string): number {
  let added = 0;
  changePlan(id, (p) => {
    const result = adopt(p, actions, randomId);
    added = result.added;
    // A first check-in two weeks out, so follow-up has a date from the start (the visitor can change it).
    return { ...result.plan, firstCheckIn: result.plan.firstCheckIn ?? addDays(today, 14) };
  });
  return added;
}

export type OwnAction = Omit<PlanAction, 'id' | 'done' | 'catalogueId'>;

/** Adds the visitor's own action, or says why it cannot. */
export function addOwnAction(id: string, action: OwnAction): AddActionProblem | undefined {
  const plan = stored(id);
  const problem = plan ? addActionProblem(plan, action.title) : 'full';
  if (!problem)
    changePlan(id, (p) => addAction(p, { ...action, id: randomId(), title: action.title.trim() }));
  return problem;
}

/** Removes an action; what was removed, and where, so it can be put back. */
export function removePlanAction(id: string, actionId: string) {
  let removed: { action: PlanAction; index: number } | undefined;
  changePlan(id, (p) => {
    const r = removeAction(p, actionId);
    removed = r.removed;
    return r.plan;
  });
  return removed;
}

/** Moves an action up or down its phase; where it is now, for the announcement. */
export function movePlanAction(
  id: string,
  actionId: string,
  delta: -1 | 1,
): { position: number; of: number } {
  changePlan(id, (p) => moveAction(p, actionId, delta));
  const action = stored(id)?.actions.find((a) => a.id === actionId);
  const group = stored(id)?.actions.filter((a) => a.phase === action?.phase) ?? [];
  return { position: group.findIndex((a) => a.id === actionId) + 1, of: group.length };
}

/** Notes a check-in (date, note, and all six scores or none), or says why it cannot. */
export function addPlanCheckIn(
  id: string,
  date: string,
  note: string,
  scores: Partial<Record<Factor, number>>,
): CheckInProblem | undefined {
  const plan = stored(id);
  const problem = plan ? checkInProblem(plan, note, scores) : 'full';
  if (problem) return problem;
  const rated = Object.values(scores).some((s) => s !== undefined);
  changePlan(id, (p) =>
    addCheckIn(p, {
      id: randomId(),
      date,
      note: note.trim(),
      scores: rated ? (scores as Scores) : undefined,
    }),
  );
  return undefined;
}
