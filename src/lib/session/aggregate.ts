import { spreadOf, type Spread } from './stats';
import { DEFAULT_FLOOR, MAX_FLOOR, MIN_FLOOR } from './limits';

/**
 * What a group's codes say per scale, and only what an anonymous group view may show: a scale with
 * fewer scored answers than the anonymity floor shows no numbers at all.
 */

/** How closely the middle half of the group agrees, by interquartile range on the 0–100 scale. */
export type Agreement = 'close' | 'mixed' | 'split';
export const agreementOf = (iqr: number): Agreement => (iqr <= 15 ? 'close' : iqr <= 30 ? 'mixed' : 'split');

export interface BandInput {
  id: string;
  from: number;
}

export interface ScaleInput {
  id: string;
}

export type ScaleAggregate =
  | { id: string; shown: false; n: number }
  | (Spread & {
      id: string;
      shown: true;
      /** The scores, sorted, for a dot plot: values without identities. */
      values: number[];
      /** Scores per band, in the instrument's band order. */
      bands: { id: string; count: number }[];
      agreement: Agreement;
    });

export interface GroupAggregate {
  /** Codes received. */
  count: number;
  floor: number;
  /** Shown scales first, ordered by what the group should talk about; hidden scales after. */
  scales: ScaleAggregate[];
}

const bandIndex = (bands: readonly BandInput[], score: number) => {
  let found = 0;
  bands.forEach((b, i) => {
    if (score >= b.from) found = i;
  });
  return found;
};

/**
 * Aggregates the received scores (one array per code, in the instrument's scale order). Shown
 * scales come widest disagreement first (interquartile range), then lowest median, then the
 * instrument's order.
 */
export function aggregate(
  scales: readonly ScaleInput[],
  bands: readonly BandInput[],
  rows: readonly (readonly (number | null)[])[],
  floor: number,
): GroupAggregate {
  const all = scales.map((scale, order): ScaleAggregate & { order: number } => {
    const values = rows
      .flatMap((r) => (typeof r[order] === 'number' ? [r[order] as number] : []))
      .sort((a, b) => a - b);
    if (values.length < floor || values.length === 0)
      return { id: scale.id, shown: false, n: values.length, order };
    const counts = bands.map((b) => ({ id: b.id, count: 0 }));
    // bandIndex gives an index into bands, and counts has one entry per band.
    for (const v of values) counts[bandIndex(bands, v)]!.count += 1;
    const spread = spreadOf(values);
    return {
      id: scale.id,
      shown: true,
      ...spread,
      values,
      bands: counts,
      agreement: agreementOf(spread.iqr),
      order,
    };
  });
  const shown = all
    .filter((s) => s.shown)
    .sort((a, b) => (a.shown && b.shown ? b.iqr - a.iqr || a.median - b.median || a.order - b.order : 0));
  const hidden = all.filter((s) => !s.shown);
  return {
    count: rows.length,
    floor,
    scales: [...shown, ...hidden].map(({ order: _order, ...s }) => s as ScaleAggregate),
  };
}

/** How many more codes the group needs before anything may be shown (0 when enough). */
export const missingForReveal = (count: number, floor: number) => Math.max(0, floor - count);

/** The floor a facilitator asked for, kept within what protects anonymity. */
export const clampFloor = (floor: number) =>
  Math.min(MAX_FLOOR, Math.max(MIN_FLOOR, Math.round(Number.isFinite(floor) ? floor : DEFAULT_FLOOR)));
