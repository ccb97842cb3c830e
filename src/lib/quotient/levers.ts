import {
  FACTORS,
  quotient,
  SCORE_MAX,
  SCORE_MIN,
  validateScores,
  type Factor,
  type Scores,
} from './quotient';

/**
 * Levers: for the current scores, what one step on each factor does to the quotient, in the
 * direction that helps and in the one that harms, ranked.
 */

const MIDDLE: Scores = {
  competence: 5,
  reliability: 5,
  intentions: 5,
  integrity: 5,
  probability: 5,
  impact: 5,
};

/** The direction in which a factor helps, read from the model: +1 above the line, −1 for risk. */
export const helpfulStep = (factor: Factor): 1 | -1 =>
  quotient({ ...MIDDLE, [factor]: 6 }) > quotient(MIDDLE) ? 1 : -1;

export interface StepEffect {
  /** The factor's score after the step. */
  to: number;
  quotient: number;
  /** Relative change of the quotient, e.g. 0.09 for 9 % more, −0.08 for 8 % less. */
  change: number;
}

export interface Lever {
  factor: Factor;
  from: number;
  /** One step in the helpful direction; undefined when the factor is already at its best. */
  gain?: StepEffect | undefined;
  /** One step in the harmful direction; undefined when the factor is already at its worst. */
  loss?: StepEffect | undefined;
}

const TIE = 1e-9;

/**
 * A relative change as a whole percentage without its sign, and which way rounding went: `exact`
 * when nothing was rounded away (0.1 is exactly 10), `up` when the true value is a little less
 * (0.0857 → 9), `down` when it is a little more (0.0909 → 9). Words can then say "10%",
 * "bijna 9%" or "ruim 9%" instead of "ongeveer" for every number.
 */
export function wholePercent(change: number): { value: number; rounding: 'exact' | 'up' | 'down' } {
  const exact = Math.abs(change) * 100;
  const value = Math.round(exact);
  const rounding = Math.abs(value - exact) < 1e-6 ? 'exact' : value > exact ? 'up' : 'down';
  return { value, rounding };
}

function step(s: Scores, factor: Factor, by: 1 | -1, base: number): StepEffect | undefined {
  const to = s[factor] + by;
  if (to < SCORE_MIN || to > SCORE_MAX) return undefined;
  const q = quotient({ ...s, [factor]: to });
  return { to, quotient: q, change: q / base - 1 };
}

/**
 * For each of the six factors, what one step in the helpful and in the harmful direction does;
 * ranked by gain, largest first (factors already at their best last). Equal gains keep the
 * model's order, so the two factors of a pair stay together.
 */
export function levers(input: Scores): Lever[] {
  const s = validateScores(input);
  const base = quotient(s);
  const all = FACTORS.map((factor): Lever => {
    const by = helpfulStep(factor);
    return {
      factor,
      from: s[factor],
      gain: step(s, factor, by, base),
      loss: step(s, factor, by === 1 ? -1 : 1, base),
    };
  });
  // Gains are always positive; a factor already at its best sorts last.
  const gainOf = (l: Lever) => l.gain?.change ?? -1;
  return all
    .map((l, i) => [l, i] as const)
    .sort(([a, i], [b, j]) => (Math.abs(gainOf(a) - gainOf(b)) < TIE ? i - j : gainOf(b) - gainOf(a)))
    .map(([l]) => l);
}

/** The factors whose step gives the largest gain (several when they tie); none when all are at their best. */
export function bestLevers(ranked: readonly Lever[]): Lever[] {
  const top = ranked[0]?.gain;
  if (!top) return [];
  return ranked.filter((l) => l.gain && Math.abs(l.gain.change - top.change) < TIE);
}

/** The factors whose step the wrong way costs the most (several when they tie), in the model's order. */
export function weakestPoints(ranked: readonly Lever[]): Lever[] {
  const losses = ranked.filter((l) => l.loss);
  if (losses.length === 0) return [];
  const worst = Math.min(...losses.map((l) => l.loss!.change));
  return FACTORS.flatMap((f) =>
    losses.filter((l) => l.factor === f && Math.abs(l.loss!.change - worst) < TIE),
  );
}
