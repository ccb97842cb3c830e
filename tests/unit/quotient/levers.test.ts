import fc from 'fast-check';
import {
  ABOVE_THE_LINE,
  CHAPTER_EXAMPLE,
  credibility,
  FACTORS,
  quotient,
  RISK,
  risk,
  trustworthiness,
  type Factor,
} from '../../../src/lib/quotient/quotient';
import { bestLevers, helpfulStep, levers, weakestPoints } from '../../../src/lib/quotient/levers';
import { at } from '../../support/must';
import { all, scores } from '../../support/quotient';

describe('levers: one step on each factor', () => {
  it('reads the helpful direction from the model: up above the line, down for risk', () => {
    for (const f of ABOVE_THE_LINE) expect(helpfulStep(f)).toBe(1);
    for (const f of RISK) expect(helpfulStep(f)).toBe(-1);
  });

  it('gives every factor once, with what one step either way does to the quotient', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const ranked = levers(s);
        expect(ranked.map((l) => l.factor).sort()).toEqual([...FACTORS].sort());
        for (const l of ranked) {
          expect(l.from).toBe(s[l.factor]);
          if (l.gain) {
            expect(l.gain.to).toBe(s[l.factor] + helpfulStep(l.factor));
            expect(l.gain.quotient).toBeCloseTo(quotient({ ...s, [l.factor]: l.gain.to }), 12);
            expect(l.gain.change).toBeGreaterThan(0);
          } else expect(s[l.factor]).toBe(helpfulStep(l.factor) === 1 ? 10 : 1);
          if (l.loss) {
            expect(l.loss.to).toBe(s[l.factor] - helpfulStep(l.factor));
            expect(l.loss.change).toBeLessThan(0);
          } else expect(s[l.factor]).toBe(helpfulStep(l.factor) === 1 ? 1 : 10);
        }
      }),
    );
  });

  it('is ranked by gain, largest first, with factors already at their best last', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const gains = levers(s).map((l) => l.gain?.change ?? -1);
        for (let i = 1; i < gains.length; i++) expect(gains[i]).toBeLessThanOrEqual(at(gains, i - 1) + 1e-9);
      }),
    );
  });

  it('follows from the pairs: a step is worth (pair + 1) / pair above the line and risk / (risk − 1) below it', () => {
    fc.assert(
      fc.property(scores, (s) => {
        const byFactor = Object.fromEntries(levers(s).map((l) => [l.factor, l])) as Record<
          Factor,
          ReturnType<typeof levers>[number]
        >;
        const expected: Record<Factor, [number, number]> = {
          competence: [credibility(s), 1],
          reliability: [credibility(s), 1],
          intentions: [trustworthiness(s), 1],
          integrity: [trustworthiness(s), 1],
          probability: [risk(s), -1],
          impact: [risk(s), -1],
        };
        for (const f of FACTORS) {
          const [sum, dir] = expected[f];
          const gain = byFactor[f].gain;
          if (gain) expect(gain.change).toBeCloseTo(dir === 1 ? (sum + 1) / sum - 1 : sum / (sum - 1) - 1, 9);
        }
        // So the two factors of a pair always tie, and stay next to each other.
        const order = levers(s).map((l) => l.factor);
        if (byFactor.competence.gain && byFactor.reliability.gain)
          expect(Math.abs(order.indexOf('competence') - order.indexOf('reliability'))).toBe(1);
      }),
    );
  });

  it('finds the most winst in the chapter-2 example below the line: kans or impact one lower, about 9 %', () => {
    const ranked = levers(CHAPTER_EXAMPLE);
    expect(ranked.map((l) => l.factor)).toEqual([
      'probability',
      'impact',
      'competence',
      'reliability',
      'intentions',
      'integrity',
    ]);
    expect(bestLevers(ranked).map((l) => l.factor)).toEqual(['probability', 'impact']);
    expect(at(ranked, 0).gain!.quotient).toBeCloseTo(252 / 11, 12);
    expect(at(ranked, 0).gain!.change).toBeCloseTo(1 / 11, 12);
    expect(at(ranked, 2).gain!.change).toBeCloseTo(1 / 14, 12);
    // One point more risk (12 → 13) costs more than one point less credibility (14 → 13).
    expect(weakestPoints(ranked).map((l) => l.factor)).toEqual(['probability', 'impact']);
    expect(at(ranked, 0).loss!.change).toBeCloseTo(12 / 13 - 1, 12);
  });

  it('names several best levers when pairs tie, and none at the model’s extremes', () => {
    expect(bestLevers(levers(all(5))).map((l) => l.factor)).toEqual(['probability', 'impact']);
    const top = { ...all(10), probability: 1, impact: 1 };
    expect(bestLevers(levers(top))).toEqual([]);
    expect(levers(top).every((l) => !l.gain)).toBe(true);
    const bottom = { ...all(1), probability: 10, impact: 10 };
    expect(weakestPoints(levers(bottom))).toEqual([]);
    // Credibility 3 (2 + 1) and risk 4: one step on either gives a third more.
    const tie = { competence: 2, reliability: 1, intentions: 10, integrity: 10, probability: 2, impact: 2 };
    expect(bestLevers(levers(tie)).map((l) => l.factor)).toEqual([
      'competence',
      'reliability',
      'probability',
      'impact',
    ]);
  });

  it('rejects bad scores like the quotient does', () => {
    expect(() => levers({ ...all(5), impact: 0 })).toThrow(/impact must be between 1 and 10/);
  });
});
