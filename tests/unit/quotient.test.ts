import fc from 'fast-check';
import { ABOVE_THE_LINE, FACTORS, quotient, QUOTIENT_MAX, QUOTIENT_MIN, QuotientInputError, RISK, type Factor, type Scores } from '../../src/lib/quotient';

const score = fc.integer({ min: 1, max: 10 });
const scores = fc.record(Object.fromEntries(FACTORS.map((f) => [f, score])) as Record<Factor, fc.Arbitrary<number>>) as fc.Arbitrary<Scores>;

describe("Meyer's quotient", () => {
  it('is (competence + reliability) × (intentions + integrity) / (probability + impact)', () => {
    expect(quotient({ competence: 8, reliability: 6, intentions: 9, integrity: 9, probability: 4, impact: 8 })).toBe(21);
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
        expect(quotient({ ...s, competence: s.intentions, intentions: s.competence, reliability: s.integrity, integrity: s.reliability })).toBeCloseTo(q, 10);
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
