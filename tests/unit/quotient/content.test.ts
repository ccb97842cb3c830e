import {
  CHAPTER_EXAMPLE,
  FACTORS,
  quotient,
  QUOTIENT_MAX,
  QUOTIENT_MIN,
  type Factor,
  type Scores,
} from '../../../src/lib/quotient/quotient';
import { CAVEAT_SECTION, EXAMPLE_SECTION, LEVER_SECTIONS } from '../../../src/lib/quotient/sections';
import { scoresFromList } from '../../../src/lib/quotient/share';
import { componentIds, readChapters } from '../../support/content';
import { at, must } from '../../support/must';

// The calculator and chapter 2 tell the same story: the worked example, its variants, the range.
const chapters = readChapters();
const chapter2 = chapters.find((c) => c.slug === 'het-vertrouwensquotient')!;
const example = chapter2.body.slice(
  chapter2.body.indexOf('<Voorbeeld title="Een nieuwe planner'),
  chapter2.body.indexOf('</Voorbeeld>'),
);
const dutch: Record<string, Factor> = {
  bekwaamheid: 'competence',
  betrouwbaarheid: 'reliability',
  intenties: 'intentions',
  integriteit: 'integrity',
  'kans dat het misgaat': 'probability',
  'impact als het misgaat': 'impact',
};
const num = (text: string) => Number(text.replace(',', '.'));

describe('the calculator agrees with chapter 2', () => {
  const listed = Object.fromEntries(
    [...example.matchAll(/^- ([a-z ]+?) (\d+)[:;]/gm)].map((m) => [dutch[at(m, 1)], Number(at(m, 2))]),
  ) as Scores;

  it('uses Femke’s scores for Youssef from the worked example', () => {
    expect(Object.keys(listed).sort()).toEqual([...FACTORS].sort());
    expect(listed).toEqual(CHAPTER_EXAMPLE);
  });

  it('gets the chapter’s quotient and every variant', () => {
    const stated = num(
      at(must(example.match(/Het quotiënt is [\d ÷]+= ([\d,]+)/), 'the quotient sentence'), 1),
    );
    expect(quotient(listed)).toBe(stated);
    expect(stated).toBe(21);
    const outcomes = [...example.matchAll(/quotiënt wordt (\d+) ÷ (\d+) = ([\d,]+)/g)].map((m) =>
      num(at(m, 3)),
    );
    expect(outcomes).toEqual([
      quotient({ ...CHAPTER_EXAMPLE, impact: 3 }),
      quotient({ ...CHAPTER_EXAMPLE, reliability: 3 }),
      quotient({ ...CHAPTER_EXAMPLE, impact: 4 }),
    ]);
    for (const m of example.matchAll(/(\d+) ÷ (\d+) = ([\d,]+)/g))
      expect(Number(at(m, 1)) / Number(at(m, 2))).toBe(num(at(m, 3)));
  });

  it('has the chapter’s range of 0,2 to 200', () => {
    expect(chapter2.body).toContain(`= ${String(QUOTIENT_MIN).replace('.', ',')} en`);
    expect(chapter2.body).toContain(`= ${QUOTIENT_MAX}.`);
  });

  it('starts the compact calculator in the chapter from the same example', () => {
    const scores = at(componentIds(chapter2.body, 'Rekenhulp', 'scores'), 0, 'Rekenhulp scores');
    expect(scoresFromList(scores.split(/\s+/).map(Number))).toEqual(CHAPTER_EXAMPLE);
  });

  it('links levers and caveat to headings that exist', () => {
    for (const ref of [...Object.values(LEVER_SECTIONS), CAVEAT_SECTION, EXAMPLE_SECTION]) {
      const chapter = chapters.find((c) => c.slug === ref.chapter);
      expect(chapter?.headingIds, `${ref.chapter}#${ref.section}`).toContain(ref.section);
    }
  });
});
