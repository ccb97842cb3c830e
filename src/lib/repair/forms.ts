import { FACTORS, type Factor } from '../quotient/quotient';
import { LIMITS, startOf, type Plan } from './plan';

/**
 * The builder's form checks. Each returns why the visitor's input cannot be taken yet, as a code
 * the island turns into a Dutch sentence, or undefined when it can.
 */

export type SafetyProblem = 'choose-first';

/** The safety check needs a concern ticked, or "none of these". */
export const safetyProblem = (p: Plan, noneChosen: boolean): SafetyProblem | undefined =>
  p.safety.concerns.length === 0 && !noneChosen ? 'choose-first' : undefined;

export type SituationProblem = 'scales-missing' | 'situation-incomplete';

/** The situation step needs every question answered, or for development at least one growth area. */
export function situationProblem(p: Plan): SituationProblem | undefined {
  if (startOf(p)) return undefined;
  return p.start === 'ontwikkeling' ? 'scales-missing' : 'situation-incomplete';
}

export type AddActionProblem = 'full' | 'needs-title';

/** An own action needs a title and room in the plan. */
export function addActionProblem(p: Plan, title: string): AddActionProblem | undefined {
  if (p.actions.length >= LIMITS.actions) return 'full';
  if (!title.trim()) return 'needs-title';
  return undefined;
}

export type CheckInProblem = 'rate-incomplete' | 'needs-something' | 'full';

/** A check-in rates all six factors or none, holds a note or a rating, and fits in the plan. */
export function checkInProblem(
  p: Plan,
  note: string,
  scores: Partial<Record<Factor, number>>,
): CheckInProblem | undefined {
  const rated = FACTORS.filter((f) => scores[f] !== undefined).length;
  if (rated > 0 && rated < FACTORS.length) return 'rate-incomplete';
  if (!note.trim() && rated === 0) return 'needs-something';
  if (p.checkIns.length >= LIMITS.checkIns) return 'full';
  return undefined;
}

/** The factor a refused check-in lacks first: where the visitor's attention goes. */
export const firstUnrated = (scores: Partial<Record<Factor, number>>): Factor | undefined =>
  FACTORS.find((f) => scores[f] === undefined);
