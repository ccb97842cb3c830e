import fc from 'fast-check';
import { aggregate, agreementOf, clampFloor, missingForReveal } from '../../../src/lib/session/aggregate';
import { quantile, spreadOf } from '../../../src/lib/session/stats';
import { at } from '../../support/must';

const bands = [
  { id: 'laag', from: 0 },
  { id: 'midden', from: 45 },
  { id: 'hoog', from: 70 },
];
const scales = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('spread of a group', () => {
  it('matches values computed by hand', () => {
    // 10 20 30 40 60 90: median (30+40)/2 = 35; q1 at position 1.25 → 20 + 0.25·10 = 22.5;
    // q3 at position 3.75 → 40 + 0.75·20 = 55; IQR 32.5.
    expect(spreadOf([90, 10, 40, 30, 60, 20])).toEqual({
      n: 6,
      min: 10,
      max: 90,
      q1: 22.5,
      median: 35,
      q3: 55,
      iqr: 32.5,
    });
    // 50 55 60 70 75: median 60, q1 at 1 → 55, q3 at 3 → 70.
    expect(spreadOf([75, 50, 60, 70, 55])).toEqual({
      n: 5,
      min: 50,
      max: 75,
      q1: 55,
      median: 60,
      q3: 70,
      iqr: 15,
    });
    expect(spreadOf([42])).toEqual({ n: 1, min: 42, max: 42, q1: 42, median: 42, q3: 42, iqr: 0 });
  });

  it('keeps its order statistics in order, inside the range, whatever the scores', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }), (values) => {
        const s = spreadOf(values);
        expect(s.min).toBe(Math.min(...values));
        expect(s.max).toBe(Math.max(...values));
        expect(s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max).toBe(true);
        expect(s.iqr).toBeGreaterThanOrEqual(0);
        expect(s.iqr).toBeLessThanOrEqual(s.max - s.min);
      }),
    );
  });

  it('does not depend on the order codes arrive in, and moves with a shift of every score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 80 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 20 }),
        (values, shift) => {
          const a = spreadOf(values);
          expect(spreadOf([...values].reverse())).toEqual(a);
          const b = spreadOf(values.map((v) => v + shift));
          expect(b.median).toBeCloseTo(a.median + shift, 5);
          expect(b.iqr).toBeCloseTo(a.iqr, 0);
        },
      ),
    );
  });

  it('has a median with at most half the values below and half above', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }), (values) => {
        const m = quantile(
          [...values].sort((x, y) => x - y),
          0.5,
        );
        expect(values.filter((v) => v < m).length).toBeLessThanOrEqual(values.length / 2);
        expect(values.filter((v) => v > m).length).toBeLessThanOrEqual(values.length / 2);
      }),
    );
  });
});

describe('the group view', () => {
  const rows = [
    [10, 60, 80],
    [20, 62, null],
    [30, 64, 85],
    [40, 66, null],
    [90, 68, 90],
  ];

  it('counts per band, shows only scales at the floor, widest disagreement first', () => {
    const agg = aggregate(scales, bands, rows, 5);
    expect(agg.count).toBe(5);
    expect(agg.scales.map((s) => [s.id, s.shown, s.n])).toEqual([
      ['a', true, 5],
      ['b', true, 5],
      ['c', false, 3],
    ]);
    const [a, b] = [at(agg.scales, 0, 'scale'), at(agg.scales, 1, 'scale')];
    // a: 10 20 30 40 90 → median 30, q1 20, q3 40, IQR 20; bands: 4 low, 0 middle, 1 high.
    expect(a).toMatchObject({
      median: 30,
      q1: 20,
      q3: 40,
      iqr: 20,
      min: 10,
      max: 90,
      agreement: 'mixed',
      values: [10, 20, 30, 40, 90],
    });
    expect(a.shown && a.bands).toEqual([
      { id: 'laag', count: 4 },
      { id: 'midden', count: 0 },
      { id: 'hoog', count: 1 },
    ]);
    // b: 60…68 → IQR 4, all in the middle band.
    expect(b).toMatchObject({ median: 64, iqr: 4, agreement: 'close' });
    // A hidden scale carries its count only: no score leaks.
    expect(agg.scales[2]).toEqual({ id: 'c', shown: false, n: 3 });
  });

  it('puts the lower median first when disagreement is equal', () => {
    const agg = aggregate(
      scales,
      bands,
      [
        [50, 20, 70],
        [60, 30, 80],
        [70, 40, 90],
      ],
      3,
    );
    expect(agg.scales.map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });

  it('never shows a scale with fewer scored answers than the floor', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), {
            minLength: 3,
            maxLength: 3,
          }),
          { maxLength: 12 },
        ),
        fc.integer({ min: 3, max: 8 }),
        (rs, floor) => {
          const agg = aggregate(scales, bands, rs, floor);
          for (const s of agg.scales) {
            const i = scales.findIndex((x) => x.id === s.id);
            const n = rs.filter((r) => r[i] !== null).length;
            expect(s.n).toBe(n);
            expect(s.shown).toBe(n >= floor);
            if (s.shown) expect(s.bands.reduce((t, b) => t + b.count, 0)).toBe(n);
          }
          const shown = agg.scales.filter((s) => s.shown);
          for (let k = 1; k < shown.length; k++) {
            const [p, q] = [at(shown, k - 1, 'shown scale'), at(shown, k, 'shown scale')];
            if (p.shown && q.shown)
              expect(p.iqr > q.iqr || (p.iqr === q.iqr && p.median <= q.median)).toBe(true);
          }
        },
      ),
    );
  });

  it('says how many codes are missing and keeps the floor at three or more', () => {
    expect(missingForReveal(3, 5)).toBe(2);
    expect(missingForReveal(7, 5)).toBe(0);
    expect(clampFloor(1)).toBe(3);
    expect(clampFloor(Number.NaN)).toBe(5);
    expect(clampFloor(6.4)).toBe(6);
    expect([agreementOf(15), agreementOf(15.1), agreementOf(30.1)]).toEqual(['close', 'mixed', 'split']);
  });
});
