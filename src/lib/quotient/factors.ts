/**
 * The quotient's six factors and its scale, apart from the model (./quotient.ts), so that what
 * only checks stored scores ("Mijn gegevens", plan re-ratings, ./case.ts) does not load the model.
 */
export const FACTORS = [
  'competence',
  'reliability',
  'intentions',
  'integrity',
  'probability',
  'impact',
] as const;
export type Factor = (typeof FACTORS)[number];
export type Scores = Readonly<Record<Factor, number>>;

export const SCORE_MIN = 1;
export const SCORE_MAX = 10;
