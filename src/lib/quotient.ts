/**
 * Meyer's trust quotient ("Confidence Quotient"): credibility (competence + reliability) times
 * trustworthiness (intentions + integrity), divided by risk (probability + impact), each factor
 * scored 1–10. Meyer presents it as a model of how the factors relate, not a measurement: the
 * number is an illustrative index for reflection and comparison, never a norm.
 */

export const FACTORS = ['competence', 'reliability', 'intentions', 'integrity', 'probability', 'impact'] as const;
export type Factor = (typeof FACTORS)[number];
export type Scores = Readonly<Record<Factor, number>>;

export const SCORE_MIN = 1;
export const SCORE_MAX = 10;

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
  if (typeof input !== 'object' || input === null) throw new QuotientInputError(undefined, 'scores must be an object with six factors');
  const record = input as Record<string, unknown>;
  const out = {} as Record<Factor, number>;
  for (const factor of FACTORS) {
    const value = record[factor];
    if (typeof value !== 'number' || Number.isNaN(value)) throw new QuotientInputError(factor, `${factor} is not a number`);
    if (!Number.isInteger(value)) throw new QuotientInputError(factor, `${factor} must be a whole number, got ${value}`);
    if (value < SCORE_MIN || value > SCORE_MAX) throw new QuotientInputError(factor, `${factor} must be between ${SCORE_MIN} and ${SCORE_MAX}, got ${value}`);
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
export const QUOTIENT_MIN = ((SCORE_MIN * 2) ** 2) / (SCORE_MAX * 2);
export const QUOTIENT_MAX = ((SCORE_MAX * 2) ** 2) / (SCORE_MIN * 2);
