import { MAX_SCAN_SCALES, PHASES, type Phase } from './ids';
import type { CatalogueAction, PlanStart, Situation } from './catalogue';
import type { Scores } from '../quotient/quotient';
import {
  emptyConversation,
  LIMITS,
  type CheckIn,
  type Plan,
  type PlanAction,
  type Plans,
  type Step,
} from './plan-codec';

export * from './plan-codec';

/**
 * The visitor's repair plans: named, several per device, each from safety check to follow-up.
 * Everything here is pure; the store (src/stores/repair-plans.ts) keeps the result.
 */

export function createPlan(
  id: string,
  name: string,
  now: Date,
  scan?: { instrument?: string | undefined; scales: string[] },
): Plan {
  return {
    id,
    name: name.slice(0, LIMITS.name),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    step: 'veiligheid',
    safety: { checked: false, concerns: [], continueForRest: false },
    start: scan ? 'ontwikkeling' : 'herstel',
    situation: {},
    scan: { instrument: scan?.instrument, scales: (scan?.scales ?? []).slice(0, MAX_SCAN_SCALES) },
    adopted: false,
    actions: [],
    rhythm: 'twee-weken',
    checkIns: [],
    conversation: emptyConversation(),
  };
}

/** Whether the safety check lets the visitor go on, and whether a formal route goes first. */
export const safetyCleared = (p: Plan) =>
  p.safety.checked && (p.safety.concerns.length === 0 || p.safety.continueForRest);
export const needsFormalRoute = (p: Plan) => p.safety.concerns.length > 0;

/** The complete situation, or undefined while a question is open. */
export function situationOf(p: Plan): Situation | undefined {
  const s = p.situation;
  if (!s.relationship || !s.role || !s.violation || !s.severity || !s.timing || !s.talked) return undefined;
  return {
    relationship: s.relationship,
    role: s.role,
    violation: s.violation,
    severity: s.severity,
    timing: s.timing,
    talked: s.talked,
    formalRoute: needsFormalRoute(p),
  };
}

/** What the recommendation starts from, once the situation (or the growth areas) are known. */
export function startOf(p: Plan): PlanStart | undefined {
  if (!safetyCleared(p)) return undefined;
  if (p.start === 'ontwikkeling') {
    return p.scan.scales.length > 0
      ? { kind: 'ontwikkeling', scales: p.scan.scales, formalRoute: needsFormalRoute(p) }
      : undefined;
  }
  const situation = situationOf(p);
  return situation && { kind: 'herstel', situation };
}

/** Which steps the visitor can open now: each needs the one before it done. */
export function reachable(p: Plan): Record<Step, boolean> {
  const cleared = safetyCleared(p);
  const ready = startOf(p) !== undefined;
  return { veiligheid: true, situatie: cleared, voorstel: ready, plan: p.adopted, opvolgen: p.adopted };
}

export const touch = (p: Plan, now: Date): Plan => ({ ...p, updatedAt: now.toISOString() });

const fromCatalogue = (a: CatalogueAction, id: string): PlanAction => ({
  id,
  catalogueId: a.id,
  title: a.title,
  what: a.what,
  phase: a.phase,
  owner: '',
  done: false,
});

/**
 * Takes the recommendation into the plan. The first time it becomes the plan; later only actions
 * not yet in it are added (after their phase), so the visitor's own edits and actions are never lost.
 */
export function adopt(
  p: Plan,
  recommended: readonly CatalogueAction[],
  newId: () => string,
): { plan: Plan; added: number } {
  const present = new Set(p.actions.map((a) => a.catalogueId).filter(Boolean));
  const fresh = recommended.filter((a) => !present.has(a.id));
  const actions = [...p.actions];
  for (const a of fresh) {
    if (actions.length >= LIMITS.actions) break;
    const lastOfPhase = actions.findLastIndex((x) => PHASES.indexOf(x.phase) <= PHASES.indexOf(a.phase));
    actions.splice(lastOfPhase + 1, 0, fromCatalogue(a, newId()));
  }
  const added = actions.length - p.actions.length;
  return { plan: { ...p, adopted: true, actions, step: 'plan' }, added };
}

export const updateAction = (
  p: Plan,
  id: string,
  patch: Partial<Omit<PlanAction, 'id' | 'catalogueId'>>,
): Plan => ({
  ...p,
  actions: p.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)),
});

/**
 * Moves an action one place up (-1) or down (+1) among the actions of its phase (the plan is read
 * per phase; changing the phase moves it to another group). At either end nothing changes.
 */
export function moveAction(p: Plan, id: string, delta: -1 | 1): Plan {
  const i = p.actions.findIndex((a) => a.id === id);
  const current = p.actions[i];
  if (!current) return p;
  let j = i + delta;
  while (j >= 0 && j < p.actions.length && p.actions[j]!.phase !== current.phase) j += delta;
  const other = j >= 0 ? p.actions[j] : undefined;
  if (!other) return p;
  const actions = [...p.actions];
  actions[i] = other;
  actions[j] = current;
  return { ...p, actions };
}

export function removeAction(
  p: Plan,
  id: string,
): { plan: Plan; removed?: { action: PlanAction; index: number } } {
  const index = p.actions.findIndex((a) => a.id === id);
  const action = p.actions[index];
  if (!action) return { plan: p };
  return { plan: { ...p, actions: p.actions.filter((a) => a.id !== id) }, removed: { action, index } };
}

/** Puts a removed action back where it was (undo). */
export function restoreAction(p: Plan, removed: { action: PlanAction; index: number }): Plan {
  if (p.actions.some((a) => a.id === removed.action.id) || p.actions.length >= LIMITS.actions) return p;
  const actions = [...p.actions];
  actions.splice(Math.min(removed.index, actions.length), 0, removed.action);
  return { ...p, actions };
}

export function addAction(p: Plan, action: Omit<PlanAction, 'done'>): Plan {
  if (p.actions.length >= LIMITS.actions) return p;
  return { ...p, actions: [...p.actions, { ...action, done: false }] };
}

export function setDone(p: Plan, id: string, done: boolean, today: string): Plan {
  return {
    ...p,
    actions: p.actions.map((a) => {
      if (a.id !== id) return a;
      const { doneOn: _, ...rest } = a;
      return done ? { ...rest, done, doneOn: today } : { ...rest, done };
    }),
  };
}

/** Adds a check-in, keeping them in date order (a later one on the same date comes after). */
export function addCheckIn(p: Plan, checkIn: CheckIn): Plan {
  if (p.checkIns.length >= LIMITS.checkIns) return p;
  const checkIns = [...p.checkIns, checkIn].sort((a, b) => a.date.localeCompare(b.date));
  return { ...p, checkIns };
}

export const removeCheckIn = (p: Plan, id: string): Plan => ({
  ...p,
  checkIns: p.checkIns.filter((c) => c.id !== id),
});

/** Replaces one plan in the list by what `update` makes of it, stamping the change. */
export function withPlan(state: Plans, id: string, update: (p: Plan) => Plan, now: Date): Plans {
  return { ...state, plans: state.plans.map((p) => (p.id === id ? touch(update(p), now) : p)) };
}

export function addPlan(state: Plans, plan: Plan): Plans {
  if (state.plans.length >= LIMITS.plans) return state;
  return { openId: plan.id, plans: [...state.plans, plan] };
}

export function deletePlan(state: Plans, id: string): Plans {
  const plans = state.plans.filter((p) => p.id !== id);
  return state.openId === id ? { plans } : { ...state, plans };
}

export const openPlan = (state: Plans, id: string | undefined): Plans => {
  if (id === undefined || !state.plans.some((p) => p.id === id)) {
    const { openId: _, ...rest } = state;
    return rest;
  }
  return { ...state, openId: id };
};

/** A short id, unique enough for one device's plans. */
export function randomId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes]
    .map((b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}

/** A phase's actions in plan order. */
export const actionsIn = (p: Plan, phase: Phase) => p.actions.filter((a) => a.phase === phase);

export const hasScores = (c: CheckIn): c is CheckIn & { scores: Scores } => c.scores !== undefined;
