import fc from 'fast-check';
import { decodeShare } from '../../../src/lib/core/share-code';
import { scanHandoffFormat } from '../../../src/lib/scan/handoff';
import {
  minAnswers,
  scoreAnswers,
  scoreScale,
  stepsOf,
  unanswered,
  unscorable,
  type Instrument,
  type ScanResult,
} from '../../../src/lib/scan/scoring';
import {
  bandOf,
  compareResults,
  gapsOf,
  GAP_NOTABLE,
  instrumentFor,
  profileOf,
  viewResult,
} from '../../../src/lib/scan/profile';
import { planHref, planScales } from '../../../src/lib/scan/plan-link';
import { at, must } from '../../support/must';
import { testInstrument, testItem } from '../../support/scan';

/** A small instrument: scale a (4 items, one reversed), b (3), c (5, two reversed), d (4). */
const ins = testInstrument({
  version: 2,
  bands: { laag: 0, midden: 45, hoog: 70 },
  scales: ['a', 'b', 'c', 'd'],
  items: ['a1', 'b1', 'c1', 'd1', 'a2', 'b2', 'c2', 'd2', 'a3', 'b3', 'c3', 'd3', 'a4', 'c4', 'd4', 'c5'].map(
    (id) => testItem(id, ['c1', 'a2', 'c3'].includes(id)),
  ),
});
const ids = ins.items.map((i) => i.id);

/** Any set of answers: each item unanswered, "weet ik niet" (0) or 1–5. */
const answers = fc
  .array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), {
    minLength: ids.length,
    maxLength: ids.length,
  })
  .map(
    (vs) =>
      Object.fromEntries(vs.flatMap((v, i) => (v === undefined ? [] : [[ids[i], v]]))) as Record<
        string,
        number
      >,
  );
const full = fc
  .array(fc.integer({ min: 1, max: 5 }), { minLength: ids.length, maxLength: ids.length })
  .map((vs) => Object.fromEntries(vs.map((v, i) => [ids[i], v])) as Record<string, number>);
const scaleId = fc.constantFrom('a', 'b', 'c', 'd');

/** Answers in tests are any numbers; the scoring must cope with whatever a stored record holds. */
const result = (
  over: Partial<Omit<ScanResult, 'answers'>> & { answers?: Record<string, number> },
): ScanResult => ({
  id: 'r1',
  instrument: 'proef',
  version: 2,
  completedAt: '2025-03-01T10:00:00.000Z',
  answers: {},
  scores: {},
  ...(over as Partial<ScanResult>),
});

describe('scoring a scale', () => {
  it('maps the mean onto 0–100, mirroring reverse-keyed items', () => {
    // a: a1=4, a2 reversed 2→4, a3=4, a4=4 → mean 4 → 75.
    expect(scoreScale(ins, 'a', { a1: 4, a2: 2, a3: 4, a4: 4 })).toEqual({
      score: 75,
      answered: 4,
      items: 4,
    });
    // Agreeing fully with everything, reversed items included, is not a top score.
    expect(scoreScale(ins, 'a', { a1: 5, a2: 5, a3: 5, a4: 5 }).score).toBe(75);
    expect(scoreScale(ins, 'a', { a1: 5, a2: 1, a3: 5, a4: 5 }).score).toBe(100);
    expect(scoreScale(ins, 'a', { a1: 1, a2: 5, a3: 1, a4: 1 }).score).toBe(0);
    expect(scoreScale(ins, 'b', { b1: 3, b2: 3, b3: 3 }).score).toBe(50);
  });

  it('stays within 0–100, as a whole number, for any answers', () => {
    fc.assert(
      fc.property(answers, scaleId, (a, s) => {
        const { score } = scoreScale(ins, s, a);
        if (score !== null) expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
      }),
    );
  });

  it('a reverse-keyed item counts mirrored: swapping v for 6 − v on it equals flipping the key', () => {
    fc.assert(
      fc.property(full, (a) => {
        const flipped = {
          ...ins,
          items: ins.items.map((i) => (i.id === 'c1' ? { ...i, reversed: false } : i)),
        };
        expect(scoreScale(flipped, 'c', { ...a, c1: 6 - must(a.c1, 'answer c1') }).score).toBe(
          scoreScale(ins, 'c', a).score,
        );
      }),
    );
  });

  it('agreeing more never lowers a normal item’s scale, never raises a reversed item’s', () => {
    fc.assert(
      fc.property(full, fc.constantFrom(...ids), (a, item) => {
        fc.pre(must(a[item], item) < 5);
        const it = ins.items.find((i) => i.id === item)!;
        const before = scoreScale(ins, it.scale, a).score!;
        const after = scoreScale(ins, it.scale, { ...a, [item]: must(a[item], item) + 1 }).score!;
        if (it.reversed) expect(after).toBeLessThanOrEqual(before);
        else expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('leaves "weet ik niet" and missing answers out of the mean', () => {
    fc.assert(
      fc.property(full, fc.constantFrom(...ids), fc.constantFrom(0, undefined), (a, item, missing) => {
        const it = ins.items.find((i) => i.id === item)!;
        const others = ins.items.filter((i) => i.scale === it.scale && i.id !== item);
        fc.pre(others.length >= minAnswers(others.length + 1));
        const without = { ...a };
        if (missing === undefined) delete without[item];
        else without[item] = missing;
        const expected = scoreScale(
          { ...ins, items: ins.items.filter((i) => i.id !== item) },
          it.scale,
          a,
        ).score;
        expect(scoreScale(ins, it.scale, without).score).toBe(expected);
      }),
    );
  });

  it('says "too few answers" (null) below half the items or two, whichever is more', () => {
    expect([3, 4, 5, 6].map(minAnswers)).toEqual([2, 2, 3, 3]);
    expect(scoreScale(ins, 'a', { a1: 5 }).score).toBeNull();
    expect(scoreScale(ins, 'a', { a1: 5, a2: 0, a3: 0, a4: 0 }).score).toBeNull();
    expect(scoreScale(ins, 'a', { a1: 5, a3: 5 }).score).toBe(100);
    expect(scoreScale(ins, 'c', { c1: 1, c2: 5 }).score).toBeNull();
    expect(scoreScale(ins, 'c', { c1: 1, c2: 5, c4: 5 }).score).toBe(100);
    fc.assert(
      fc.property(answers, scaleId, (a, s) => {
        const r = scoreScale(ins, s, a);
        expect(r.score === null).toBe(r.answered < minAnswers(r.items));
      }),
    );
    expect(unscorable(ins, { a1: 5, a3: 5 }).map((s) => s.id)).toEqual(['b', 'c', 'd']);
  });

  it('ignores values that are not on the scale', () => {
    expect(scoreScale(ins, 'b', { b1: 7, b2: 3, b3: 3 }).answered).toBe(2);
    expect(scoreScale(ins, 'b', { b1: 2.5, b2: -1, b3: 3 }).score).toBeNull();
  });
});

describe('bands', () => {
  it('a score belongs to the last band whose lower edge it reaches', () => {
    const at = (s: number) => bandOf(ins.bands, s).id;
    expect([0, 44, 45, 69, 70, 100].map(at)).toEqual(['laag', 'laag', 'midden', 'midden', 'hoog', 'hoog']);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (s) => {
        const b = bandOf(ins.bands, s);
        expect(s).toBeGreaterThanOrEqual(b.from);
        const next = ins.bands[ins.bands.indexOf(b) + 1];
        if (next) expect(s).toBeLessThan(next.from);
      }),
    );
  });
});

describe('profile', () => {
  const scores = fc.record({
    a: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    b: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    c: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    d: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  });

  it('names two strengths and two growth areas, never the same scale, strengths scoring at least as high', () => {
    expect(profileOf(ins, { a: 80, b: 20, c: 60, d: 40 })).toMatchObject({
      strengths: ['a', 'c'],
      growth: ['b', 'd'],
      uneven: true,
      even: false,
    });
    fc.assert(
      fc.property(scores, (s) => {
        const p = profileOf(ins, s);
        const n = Object.values(s).filter((x) => x !== null).length;
        expect(p.strengths.length).toBe(p.flat ? 0 : Math.min(2, Math.floor(n / 2)));
        expect(p.growth.length).toBe(p.strengths.length);
        expect(p.strengths.filter((x) => p.growth.includes(x))).toEqual([]);
        for (const x of p.strengths)
          for (const y of p.growth) expect(s[x as 'a']!).toBeGreaterThanOrEqual(s[y as 'a']!);
        for (const x of [...p.strengths, ...p.growth]) expect(s[x as 'a']).not.toBeNull();
      }),
    );
  });

  it('breaks ties by the instrument’s order', () => {
    expect(profileOf(ins, { a: 55, b: 50, c: 50, d: 50 })).toMatchObject({
      strengths: ['a', 'b'],
      growth: ['c', 'd'],
      flat: false,
      even: true,
    });
    expect(profileOf(ins, { a: 50, b: 50, c: 50, d: 40 })).toMatchObject({
      strengths: ['a', 'b'],
      growth: ['d', 'c'],
    });
  });

  it('when every scored scale has the same score, names no strengths or growth areas and says it is flat', () => {
    expect(profileOf(ins, { a: 50, b: 50, c: 50, d: 50 })).toMatchObject({
      strengths: [],
      growth: [],
      flat: true,
      even: false,
      uneven: false,
    });
    expect(profileOf(ins, { a: 75, b: null, c: 75, d: 75 })).toMatchObject({
      strengths: [],
      growth: [],
      flat: true,
    });
    // One point apart is no longer flat: the lists are filled again.
    expect(profileOf(ins, { a: 75, b: null, c: 76, d: 75 })).toMatchObject({
      strengths: ['c'],
      growth: ['a'],
      flat: false,
    });
    // A single scored scale is too little to call anything flat.
    expect(profileOf(ins, { a: 75, b: null, c: null, d: null })).toMatchObject({ flat: false });
    fc.assert(
      fc.property(scores, (s) => {
        const p = profileOf(ins, s);
        const scored = Object.values(s).filter((x): x is number => x !== null);
        expect(p.flat).toBe(scored.length >= 2 && new Set(scored).size === 1);
        if (p.flat) expect([...p.strengths, ...p.growth]).toEqual([]);
      }),
    );
  });

  it('calls a profile uneven from the instrument’s range up, and even below ten points', () => {
    expect(profileOf(ins, { a: 70, b: 30, c: 50, d: null }).uneven).toBe(true);
    expect(profileOf(ins, { a: 69, b: 30, c: 50, d: null }).uneven).toBe(false);
    expect(profileOf(ins, { a: 70, b: 30, c: null, d: null }).uneven).toBe(false); // two scales say too little
    expect(profileOf(ins, { a: 59, b: 50, c: 55, d: null }).even).toBe(true);
    expect(profileOf(ins, { a: 60, b: 50, c: 55, d: null }).even).toBe(false);
  });

  it('gives every scored scale its band and leaves unscored ones without', () => {
    const p = profileOf(ins, { a: 80, b: null, c: 44, d: 45 });
    expect(p.scales.map((r) => r.band?.id)).toEqual(['hoog', undefined, 'laag', 'midden']);
  });
});

describe('gaps between compared scales', () => {
  // a and b ask about colleagues, c and d the same about the leader.
  const paired: Instrument = {
    ...ins,
    scales: ins.scales.map((sc) => ({ ...sc, referent: sc.id < 'c' ? 'collega’s' : 'leidinggevende' })),
    gaps: [
      { name: 'Eerste', scales: ['a', 'c'] },
      { name: 'Tweede', scales: ['b', 'd'] },
    ],
  };

  it('gives the difference where both sides are scored, and which side is higher', () => {
    const gaps = gapsOf(paired, { a: 80, b: 50, c: 55, d: 45 });
    expect(gaps.map((g) => [g.name, g.first.score, g.second.score, g.difference, g.higher])).toEqual([
      ['Eerste', 80, 55, 25, 'first'],
      ['Tweede', 50, 45, 5, 'level'],
    ]);
    expect(at(gapsOf(paired, { a: 40, b: 50, c: 40 + GAP_NOTABLE, d: 50 - GAP_NOTABLE + 1 }), 0).higher).toBe(
      'second',
    );
    expect(at(gapsOf(paired, { a: 40, b: 50, c: 40 + GAP_NOTABLE, d: 50 - GAP_NOTABLE + 1 }), 1).higher).toBe(
      'level',
    );
  });

  it('leaves out a pair with a side unscored or missing, and an instrument without pairs has none', () => {
    expect(gapsOf(paired, { a: 80, b: null, c: 55 }).map((g) => g.name)).toEqual(['Eerste']);
    expect(gapsOf(paired, { a: null, b: null, c: 55, d: 40 })).toEqual([]);
    expect(gapsOf(ins, { a: 80, b: 50, c: 55, d: 45 })).toEqual([]);
    fc.assert(
      fc.property(
        fc.record({ a: fc.integer({ min: 0, max: 100 }), c: fc.integer({ min: 0, max: 100 }) }),
        (s) => {
          const g = at(gapsOf(paired, s), 0, 'gap');
          expect(g.difference).toBe(s.a - s.c);
          expect(g.higher === 'level').toBe(Math.abs(s.a - s.c) < GAP_NOTABLE);
        },
      ),
    );
  });
});

describe('an instrument as an earlier version had it', () => {
  const withEarlier: Instrument = {
    ...ins,
    scales: ins.scales.map((sc) => ({ ...sc, advice: { laag: `advies ${sc.id}` } })),
    gaps: [{ name: 'Paar', scales: ['a', 'b'] }],
    earlier: [
      {
        version: 1,
        scales: [
          { id: 'oud', name: 'Oud', description: 'zoals het was', read: [] },
          { id: 'a', name: 'A toen', description: 'a toen', read: [] },
        ],
      },
    ],
  };

  it('reads an earlier version with the scales it had, keeping advice of scales that still exist', () => {
    const then = instrumentFor(withEarlier, 1);
    expect(then.scales.map((sc) => [sc.id, sc.name])).toEqual([
      ['oud', 'Oud'],
      ['a', 'A toen'],
    ]);
    expect(then.scales.map((sc) => sc.advice)).toEqual([{}, { laag: 'advies a' }]);
    expect(then.gaps).toEqual([]);
    expect(then.version).toBe(withEarlier.version);
  });

  it('shows an old result with the scores it had under the names of then, and leaves other versions as they are', () => {
    const r = result({ version: 1, scores: { oud: 35, a: 70, b: 10 } });
    const then = instrumentFor(withEarlier, 1);
    const view = viewResult(then, r);
    expect(view).toEqual({ scores: { oud: 35, a: 70 }, outdated: true });
    expect(profileOf(then, view.scores).scales.map((x) => [x.scale.name, x.score])).toEqual([
      ['Oud', 35],
      ['A toen', 70],
    ]);
    expect(instrumentFor(withEarlier, 2)).toBe(withEarlier);
    expect(instrumentFor(withEarlier, 7)).toBe(withEarlier);
  });
});

describe('steps and unanswered items', () => {
  it('splits items into even steps of at most five, in order, none lost', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (items, per) => {
          const steps = stepsOf(items, per);
          expect(steps.flat()).toEqual(items);
          const sizes = steps.map((s) => s.length);
          expect(Math.max(...sizes)).toBeLessThanOrEqual(per);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
    );
    expect(stepsOf(ins.items).map((s) => s.length)).toEqual([4, 4, 4, 4]);
  });

  it('lists what is unanswered; "weet ik niet" counts as an answer', () => {
    expect(unanswered(ins, { a1: 0, b1: 3 }).map((i) => i.id)).toEqual(
      ids.filter((x) => x !== 'a1' && x !== 'b1'),
    );
  });
});

describe('results across versions', () => {
  const answersV2 = { a1: 5, a2: 1, a3: 5, a4: 5, b1: 1, b2: 1, b3: 1 };

  it('recomputes a result of the same version from its answers', () => {
    const r = result({ answers: answersV2, scores: { a: 3, b: 3, c: null, d: null } });
    expect(viewResult(ins, r)).toEqual({ scores: { a: 100, b: 0, c: null, d: null }, outdated: false });
  });

  it('shows a result of another version with the scores it had, for scales that still exist', () => {
    const r = result({ version: 1, answers: answersV2, scores: { a: 40, b: 55, weg: 10 } });
    expect(viewResult(ins, r)).toEqual({ scores: { a: 40, b: 55 }, outdated: true });
    expect(profileOf(ins, viewResult(ins, r).scores).scales.map((s) => s.scale.id)).toEqual(['a', 'b']);
    // A stored score that cannot be one (hand-edited data) shows as no score, never as a broken bar.
    expect(viewResult(ins, result({ version: 1, scores: { a: 140, b: -3, c: 55 } })).scores).toEqual({
      a: null,
      b: null,
      c: 55,
    });
  });

  it('compares two results per scale, earlier first, whichever is passed first', () => {
    const earlier = result({
      id: 'e',
      completedAt: '2025-01-01T00:00:00.000Z',
      answers: { a1: 3, a2: 3, a3: 3, a4: 3, b1: 2, b2: 2, b3: 2 },
    });
    const later = result({
      id: 'l',
      completedAt: '2025-06-01T00:00:00.000Z',
      answers: { a1: 4, a2: 2, a3: 4, a4: 4, b1: 5 },
    });
    for (const c of [compareResults(ins, earlier, later), compareResults(ins, later, earlier)]) {
      expect(c.earlier.id).toBe('e');
      expect(c.rows.map((r) => [r.scale.id, r.before, r.after, r.change])).toEqual([
        ['a', 50, 75, 25],
        ['b', 25, null, null],
        ['c', null, null, null],
        ['d', null, null, null],
      ]);
      expect(c.mixedVersions).toBe(false);
    }
    fc.assert(
      fc.property(full, full, (x, y) => {
        const c = compareResults(
          ins,
          result({ id: 'x', answers: x }),
          result({ id: 'y', completedAt: '2026-01-01T00:00:00.000Z', answers: y }),
        );
        for (const row of c.rows) expect(row.change).toBe((row.after as number) - (row.before as number));
      }),
    );
  });

  it('marks a comparison across versions and compares only scales both can show', () => {
    const old = result({ id: 'o', version: 1, completedAt: '2024-01-01T00:00:00.000Z', scores: { a: 20 } });
    const now = result({ id: 'n', answers: answersV2 });
    const c = compareResults(ins, now, old);
    expect(c.mixedVersions).toBe(true);
    expect(c.rows.find((r) => r.scale.id === 'a')).toMatchObject({ before: 20, after: 100, change: 80 });
    expect(c.rows.find((r) => r.scale.id === 'b')).toMatchObject({
      before: undefined,
      after: 0,
      change: null,
    });
  });
});

describe('the hand-off to the repair-plan builder', () => {
  it('starts from the growth areas, then the other lowest-band scales, weakest first, at most four', () => {
    const p = profileOf(ins, { a: 10, b: 30, c: 20, d: 90 });
    expect(p.growth).toEqual(['a', 'c']);
    expect(planScales(ins, p)).toEqual(['a', 'c', 'b']);
    expect(planScales(ins, profileOf(ins, { a: 90, b: 80, c: 85, d: 60 }))).toEqual(['d', 'b']);
    expect(planScales(ins, profileOf(ins, { a: null, b: null, c: null, d: null }))).toEqual([]);
    expect(planScales(ins, profileOf(ins, { a: 30, b: 30, c: 30, d: 30 }))).toEqual(['a', 'b', 'c', 'd']);
    expect(planScales(ins, profileOf(ins, { a: 60, b: 60, c: 60, d: 60 }))).toEqual([]);
    fc.assert(
      fc.property(full, (a) => {
        const p2 = profileOf(ins, scoreAnswers(ins, a));
        const scales = planScales(ins, p2);
        // A flat profile has no growth areas; it still starts from its scales if they lie in the lowest band.
        if (!p2.flat) expect(scales.length).toBeGreaterThanOrEqual(1);
        expect(scales.length).toBeLessThanOrEqual(4);
        expect(scales.slice(0, p2.growth.length)).toEqual(p2.growth);
      }),
    );
  });

  it('builds the link the builder reads: /herstelplan/#vanuit-scan=1.… with the instrument and scales', () => {
    const href = planHref('vertrouwen-om-mij-heen', ['omgeving-risico', 'omgeving-veiligheid'], '/')!;
    expect(href).toMatch(/^\/herstelplan\/#vanuit-scan=1\.[A-Za-z0-9_-]+$/);
    expect(decodeShare(scanHandoffFormat, href.slice(href.indexOf('#')))).toEqual({
      kind: 'ok',
      value: { instrument: 'vertrouwen-om-mij-heen', scales: ['omgeving-risico', 'omgeving-veiligheid'] },
    });
    expect(planHref('x', [], '/')).toBeUndefined();
    expect(planHref('x', ['a'], '/vertrouwenswijzer/')).toMatch(
      /^\/vertrouwenswijzer\/herstelplan\/#vanuit-scan=1\./,
    );
    const many = planHref('x', ['a', 'b', 'c', 'd', 'e'], '/')!;
    expect(decodeShare(scanHandoffFormat, many.slice(many.indexOf('#')))).toMatchObject({
      kind: 'ok',
      value: { scales: ['a', 'b', 'c', 'd'] },
    });
  });
});
