/**
 * Meyer's trust quotient ("Confidence Quotient"): credibility (competence + reliability) times
 * trustworthiness (intentions + integrity), divided by risk (probability + impact), each factor
 * scored 1–10. Meyer presents it as a model of how the factors relate, not a measurement: the
 * number is an illustrative index for reflection and comparison, never a norm.
 */

import { FACTORS, SCORE_MAX, SCORE_MIN, type Factor, type Scores } from './factors';

export { FACTORS, SCORE_MAX, SCORE_MIN, type Factor, type Scores };

/** Factors above the line raise the quotient; those below the line (risk) lower it. */
export const ABOVE_THE_LINE: readonly Factor[] = ['competence', 'reliability', 'intentions', 'integrity'];
export const RISK: readonly Factor[] = ['probability', 'impact'];

export class QuotientInputError extends Error {
  constructor(
    readonly factor: Factor | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'QuotientInputError';
  }
}

/** Accepts only whole numbers 1–10 for all six factors; says which factor is wrong and why. */
export function validateScores(input: unknown): Scores {
  if (typeof input !== 'object' || input === null)
    throw new QuotientInputError(undefined, 'scores must be an object');
  const record = input as Record<string, unknown>;
  const out = {} as Record<Factor, number>;
  for (const factor of FACTORS) {
    const value = record[factor];
    if (typeof value !== 'number' || Number.isNaN(value))
      throw new QuotientInputError(factor, `${factor} is not a number`);
    if (!Number.isInteger(value))
      throw new QuotientInputError(factor, `${factor} must be a whole number, got ${value}`);
    if (value < SCORE_MIN || value > SCORE_MAX)
      throw new QuotientInputError(
        factor,
        `${factor} must be between ${SCORE_MIN} and ${SCORE_MAX}, got ${value}`,
      );
    out[factor] = value;
  }
  return out;
}

export const credibility = (s: Scores) => s.competence + s.reliability;
export const trustworthiness = (s: Scores) => s.intentions + s.integrity;
export const risk = (s: Scores) => s.probability + s.impact;

/** The quotient itself. Throws QuotientInputError on anything but six whole scores 1–10. */
export function quotient(input: Scores): number {
  const s = validateScores(input);
  return (credibility(s) * trustworthiness(s)) / risk(s);
}

/** The model's extremes for scores 1–10: (1+1)(1+1)/(10+10) and (10+10)(10+10)/(1+1). */
export const QUOTIENT_MIN = (SCORE_MIN * 2) ** 2 / (SCORE_MAX * 2);
export const QUOTIENT_MAX = (SCORE_MAX * 2) ** 2 / (SCORE_MIN * 2);

/* ------------------------------------------------------------------------------------------------
 * Reading the result. The quotient spans 0.2–200 and is very skewed (all factors at 5 gives 10;
 * most everyday scores land between 2 and 50), so it is placed on a logarithmic scale: equal
 * distances are equal ratios. The three zones are the scale's three decades.
 * --------------------------------------------------------------------------------------------- */

const LOG_SPAN = Math.log(QUOTIENT_MAX / QUOTIENT_MIN);

/** Where a quotient sits on the logarithmic scale: 0 at the model's minimum, 1 at its maximum. */
export function scalePosition(q: number): number {
  if (!(q > 0)) return 0;
  return Math.min(1, Math.max(0, Math.log(q / QUOTIENT_MIN) / LOG_SPAN));
}

/** The quotient at a position on the scale (the inverse of scalePosition). */
export const quotientAt = (position: number): number => QUOTIENT_MIN * Math.exp(position * LOG_SPAN);

export const ZONES = ['risk-outweighs', 'balanced', 'trust-outweighs'] as const;
export type Zone = (typeof ZONES)[number];

/**
 * Zone boundaries: each zone is one decade (a factor of ten). When all six factors get the same
 * score s the quotient is 2s, so every such "even" judgement (2–20) lands in the middle zone;
 * below it risk outweighs what the other person brings, above it the reverse.
 */
export const ZONE_BOUNDS: readonly [number, number, number, number] = [QUOTIENT_MIN, 2, 20, QUOTIENT_MAX];

export function zoneOf(q: number): Zone {
  if (q < ZONE_BOUNDS[1]) return 'risk-outweighs';
  if (q <= ZONE_BOUNDS[2]) return 'balanced';
  return 'trust-outweighs';
}

/**
 * The quotient rounded to two significant digits, so it never suggests more precision than the
 * model has; `exact` says whether rounding changed nothing (21 stays 21, 16.5 becomes 17).
 */
export function approximate(q: number): { value: number; exact: boolean } {
  const value = Number(q.toPrecision(2));
  return { value, exact: Math.abs(value - q) < 1e-9 };
}

/** The worked example of chapter 2: Femke weighs Youssef, her new planner (quotient 21). */
export const CHAPTER_EXAMPLE: Scores = {
  competence: 8,
  reliability: 6,
  intentions: 9,
  integrity: 9,
  probability: 4,
  impact: 8,
};
