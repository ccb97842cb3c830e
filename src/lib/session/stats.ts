/**
 * Order statistics for a group's scores. Quartiles by linear interpolation between the sorted
 * values (position (n − 1)·p, the method of R's default and spreadsheets' QUARTILE.INC), so a
 * facilitator who checks by hand gets the same numbers.
 */

export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('no values');
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const low = sorted[lo];
  const high = sorted[hi];
  if (low === undefined || high === undefined) throw new Error('no values');
  return low + (high - low) * (pos - lo);
}

export interface Spread {
  n: number;
  min: number;
  max: number;
  q1: number;
  median: number;
  q3: number;
  /** Interquartile range, q3 − q1: how far apart the middle half of the group lies. */
  iqr: number;
}

/** Rounded to one decimal for showing; computed unrounded. */
const tenth = (x: number) => Math.round(x * 10) / 10;

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined) throw new Error('no values');
  return {
    n: sorted.length,
    min,
    max,
    q1: tenth(q1),
    median: tenth(quantile(sorted, 0.5)),
    q3: tenth(q3),
    iqr: tenth(q3 - q1),
  };
}
