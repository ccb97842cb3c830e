import fc from 'fast-check';
import { at } from '../../support/must';
import {
  ABOVE_THE_LINE,
  approximate,
  FACTORS,
  quotient,
  quotientAt,
  QUOTIENT_MAX,
  QUOTIENT_MIN,
  QuotientInputError,
  RISK,
  scalePosition,
  ZONE_BOUNDS,
  ZONES,
  zoneOf,
  type Scores,
} from '../../../src/lib/quotient/quotient';
import { score, scores } from '../../support/quotient';

describe("Meyer's quotient", () => {
  it('is (competence + reliability) × (intentions + integrity) / (probability + impact)', () => {
    expect(
      quotient({ competence: 8, reliability: 6, intentions: 9, integrity: 9, probability: 4, impact: 8 }),
    ).toBe(21);
  });

  it('stays within the model’s extremes for inputs 1–10', () => {
    fc.assert(fc.property(scores, (s) => quotient(s) >= QUOTIENT_MIN && quotient(s) <= QUOTIENT_MAX));
    expect(QUOTIENT_MIN).toBe(0.2);
    expect(QUOTIENT_MAX).toBe(200);
  });

  it('never goes down when a factor above the line goes up', () => {
    fc.assert(
      fc.property(scores, fc.constantFrom(...ABOVE_THE_LINE), (s, f) => {
        fc.pre(s[f] < 10);
        expect(quotient({ ...s, [f]: s[f] + 1 })).toBeGreaterThan(quotient(s));
      }),
    );
  });

  it('never goes up when a risk factor goes up', () => {
    fc.assert(
      fc.property(scores, fc.constantFrom(...RISK), (s, f) => {
        fc.pre(s[f] < 10);
        expect(quotient({ ...s, [f]: s[f] + 1 })).toBeLessThan(quotient(s));
      }),
    );
  });

  it('is symmetric within each pair and between the two pairs above the line', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const q = quotient(s);
        expect(quotient({ ...s, competence: s.reliability, reliability: s.competence })).toBeCloseTo(q, 10);
        expect(quotient({ ...s, intentions: s.integrity, integrity: s.intentions })).toBeCloseTo(q, 10);
        expect(quotient({ ...s, probability: s.impact, impact: s.probability })).toBeCloseTo(q, 10);
        expect(
          quotient({
            ...s,
            competence: s.intentions,
            intentions: s.competence,
            reliability: s.integrity,
            integrity: s.reliability,
          }),
        ).toBeCloseTo(q, 10);
      }),
    );
  });

  it('rejects bad input with an error that names the factor', () => {
    const ok = { competence: 5, reliability: 5, intentions: 5, integrity: 5, probability: 5, impact: 5 };
    for (const [bad, pattern] of [
      [{ ...ok, impact: 0 }, /impact must be between 1 and 10/],
      [{ ...ok, competence: 11 }, /competence must be between 1 and 10/],
      [{ ...ok, integrity: 2.5 }, /integrity must be a whole number/],
      [{ ...ok, reliability: Number.NaN }, /reliability is not a number/],
      [{ ...ok, probability: '5' }, /probability is not a number/],
      [{ competence: 5 }, /reliability is not a number/],
    ] as const) {
      expect(() => quotient(bad as unknown as Scores)).toThrow(QuotientInputError);
      expect(() => quotient(bad as unknown as Scores)).toThrow(pattern);
    }
  });
});

describe('the scale and its zones', () => {
  const q = fc.double({ min: QUOTIENT_MIN, max: QUOTIENT_MAX, noNaN: true });

  it('is logarithmic: 0 at the minimum, 1 at the maximum, equal ratios are equal distances', () => {
    expect(scalePosition(QUOTIENT_MIN)).toBe(0);
    expect(scalePosition(QUOTIENT_MAX)).toBeCloseTo(1, 12);
    expect(scalePosition(2)).toBeCloseTo(1 / 3, 12);
    expect(scalePosition(20)).toBeCloseTo(2 / 3, 12);
    fc.assert(
      fc.property(q, q, (a, b) => {
        fc.pre(a * 2 <= QUOTIENT_MAX && b * 2 <= QUOTIENT_MAX);
        expect(scalePosition(a * 2) - scalePosition(a)).toBeCloseTo(
          scalePosition(b * 2) - scalePosition(b),
          9,
        );
        expect(quotientAt(scalePosition(a))).toBeCloseTo(a, 9);
        if (a < b) expect(scalePosition(a)).toBeLessThanOrEqual(scalePosition(b));
      }),
    );
  });

  it('keeps what is outside the model on the scale, at its ends', () => {
    expect(scalePosition(0)).toBe(0);
    expect(scalePosition(Number.NaN)).toBe(0);
    expect(scalePosition(1000)).toBe(1);
  });

  it('has three zones of one decade each, named in order', () => {
    expect(ZONE_BOUNDS).toEqual([QUOTIENT_MIN, 2, 20, QUOTIENT_MAX]);
    for (let i = 1; i < ZONE_BOUNDS.length; i++)
      expect(at(ZONE_BOUNDS, i) / at(ZONE_BOUNDS, i - 1)).toBeCloseTo(10, 12);
    expect([0.2, 1.99, 2, 20, 20.01, 200].map(zoneOf)).toEqual([
      'risk-outweighs',
      'risk-outweighs',
      'balanced',
      'balanced',
      'trust-outweighs',
      'trust-outweighs',
    ]);
    expect(ZONES).toEqual(['risk-outweighs', 'balanced', 'trust-outweighs']);
  });

  it('puts every even judgement (all six factors the same) in the middle zone', () => {
    fc.assert(
      fc.property(score, (n) => {
        const even = Object.fromEntries(FACTORS.map((f) => [f, n])) as Scores;
        expect(quotient(even)).toBe(2 * n);
        expect(zoneOf(quotient(even))).toBe('balanced');
      }),
    );
  });

  it('never lets a zone go down when the quotient goes up', () => {
    fc.assert(fc.property(q, q, (a, b) => a > b || ZONES.indexOf(zoneOf(a)) <= ZONES.indexOf(zoneOf(b))));
  });

  it('rounds to two significant digits and says when that changed the number', () => {
    expect(approximate(21)).toEqual({ value: 21, exact: true });
    expect(approximate(16.5)).toEqual({ value: 17, exact: false });
    expect(approximate(31.5)).toEqual({ value: 32, exact: false });
    expect(approximate(0.2)).toEqual({ value: 0.2, exact: true });
    expect(approximate(200)).toEqual({ value: 200, exact: true });
    expect(approximate(252 / 11)).toEqual({ value: 23, exact: false });
    fc.assert(
      fc.property(q, (x) => {
        const { value } = approximate(x);
        expect(Math.abs(value - x) / x).toBeLessThanOrEqual(0.05);
      }),
    );
  });
});
