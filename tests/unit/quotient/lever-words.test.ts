import { CHAPTER_EXAMPLE, FACTORS, type Factor, type Scores } from '../../../src/lib/quotient/quotient';
import { bestLevers, levers, weakestPoints, wholePercent } from '../../../src/lib/quotient/levers';
import { bestText, leverText, percent, weakestText } from '../../../src/i18n/quotient/factors';
import { pageText } from '../../../src/i18n/quotient/page';
import { must } from '../../support/must';

const all = (n: number) => Object.fromEntries(FACTORS.map((f) => [f, n])) as Scores;
const lever = (s: Scores, f: Factor) =>
  must(
    levers(s).find((l) => l.factor === f),
    `lever ${f}`,
  );

describe('the number of a lever: exact numbers exactly', () => {
  it('says which way a percentage was rounded, and nothing when it was exact', () => {
    expect(wholePercent(11 / 10 - 1)).toEqual({ value: 10, rounding: 'exact' });
    expect(wholePercent(9 / 10 - 1)).toEqual({ value: 10, rounding: 'exact' });
    expect(wholePercent(12 / 11 - 1)).toEqual({ value: 9, rounding: 'down' }); // 9.09
    expect(wholePercent(12 / 13 - 1)).toEqual({ value: 8, rounding: 'up' }); // 7.69
    expect(wholePercent(0.004)).toEqual({ value: 0, rounding: 'down' });
  });

  it('writes an exact 10% as 10%, a rounded one as ruim or bijna, a tiny one as minder dan 1%', () => {
    expect(percent(11 / 10 - 1)).toBe('10%');
    expect(percent(12 / 11 - 1)).toBe('ruim 9%');
    expect(percent(12 / 13 - 1)).toBe('bijna 8%');
    expect(percent(0.004)).toBe('minder dan 1%');
    expect(percent(1)).toBe('100%');
  });
});

describe('lever advice in plain sentences', () => {
  it('gives each factor one sentence without "ongeveer"', () => {
    for (const s of [all(5), all(1), all(10), CHAPTER_EXAMPLE])
      for (const l of levers(s)) {
        const text = leverText(l, pageText);
        expect(text).not.toMatch(/ongeveer/);
        expect(text.match(/[.;:]/g)?.filter((c) => c === '.')).toHaveLength(1);
      }
  });

  it('names the step that helps, and what the other way costs', () => {
    expect(leverText(lever(CHAPTER_EXAMPLE, 'probability'), pageText)).toBe(
      'Kans, nu 4: een punt lager maakt het quotiënt ruim 9% hoger, een punt hoger bijna 8% lager.',
    );
    expect(leverText(lever(all(5), 'competence'), pageText)).toBe(
      'Bekwaamheid, nu 5: een punt hoger maakt het quotiënt 10% hoger, een punt lager 10% lager.',
    );
    expect(leverText(lever(all(10), 'integrity'), pageText)).toBe(
      'Integriteit staat met 10 al op de gunstigste stand; een punt lager maakt het quotiënt 5% lager.',
    );
    expect(leverText(lever(all(10), 'impact'), pageText)).toBe(
      'Impact, nu 10: een punt lager maakt het quotiënt ruim 5% hoger.',
    );
  });

  it('lists tied factors as a list, not a chain of "of"', () => {
    const ranked = levers(all(5));
    expect(bestText(bestLevers(ranked), pageText.bestNone)).toBe(
      'De meeste winst zit in kans of impact: een punt lager maakt het quotiënt ruim 11% hoger.',
    );
    expect(weakestText(weakestPoints(ranked), pageText.weakestNone)).toBe(
      'Het kwetsbaarst zijn bekwaamheid, betrouwbaarheid, intenties en integriteit: een punt lager maakt het quotiënt 10% lager.',
    );
    const ex = levers(CHAPTER_EXAMPLE);
    expect(bestText(bestLevers(ex), pageText.bestNone)).toBe(
      'De meeste winst zit in kans of impact: een punt lager maakt het quotiënt ruim 9% hoger.',
    );
  });

  it('says so when every factor is at its best or at its worst', () => {
    expect(bestText(bestLevers(levers({ ...all(10), probability: 1, impact: 1 })), pageText.bestNone)).toBe(
      pageText.bestNone,
    );
    expect(
      weakestText(weakestPoints(levers({ ...all(1), probability: 10, impact: 10 })), pageText.weakestNone),
    ).toBe(pageText.weakestNone);
  });

  it('says "beter" when tied factors help in different directions', () => {
    // Above the line one pair sums to 10 (step +1: 10%); risk sums to 11 (step −1: 10%).
    const s = { ...all(5), probability: 5, impact: 6, intentions: 10, integrity: 10 };
    const best = bestLevers(levers(s));
    expect(best.map((l) => l.factor)).toEqual(['competence', 'reliability', 'probability', 'impact']);
    expect(bestText(best, pageText.bestNone)).toBe(
      'De meeste winst zit in bekwaamheid, betrouwbaarheid, kans of impact: een punt beter maakt het quotiënt 10% hoger.',
    );
  });
});
