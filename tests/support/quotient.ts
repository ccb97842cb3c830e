import fc from 'fast-check';
import { FACTORS, SCORE_MAX, SCORE_MIN, type Factor, type Scores } from '../../src/lib/quotient/quotient';

/** Any score on the quotient's scale. */
export const score = fc.integer({ min: SCORE_MIN, max: SCORE_MAX });

/** Any six scores, one per factor. */
export const scores = fc.record(
  Object.fromEntries(FACTORS.map((f) => [f, score])) as Record<Factor, fc.Arbitrary<number>>,
) as fc.Arbitrary<Scores>;

/** The same score on every factor. */
export const all = (n: number) => Object.fromEntries(FACTORS.map((f) => [f, n])) as Scores;
