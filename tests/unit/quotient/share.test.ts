import fc from 'fast-check';
import { CHAPTER_EXAMPLE, FACTORS } from '../../../src/lib/quotient/quotient';
import { KINDS, MAX_NAME_LENGTH, MAX_RELATIONSHIPS, type Case } from '../../../src/lib/quotient/case';
import {
  readSharedCases,
  relationshipsShare,
  scoresFromList,
  scoresToList,
  shareFragment,
} from '../../../src/lib/quotient/share';
import { MAX_SHARE_CHARS } from '../../../src/lib/core/share-code';
import { scores } from '../../support/quotient';

const name = fc
  .string({ minLength: 1, maxLength: MAX_NAME_LENGTH })
  .filter((s) => s.trim() === s && s.length > 0);
const aCase = fc.record({ name, kind: fc.constantFrom(...KINDS), scores }) as fc.Arbitrary<Case>;

/** A hand-made link body, as a trainer's tool or an attacker might write one. */
const link = (json: unknown, version = 1) => {
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  const b64 = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `#relaties=${version}.${b64}`;
};
const youssef = { name: 'Youssef', kind: 'colleague', scores: [8, 6, 9, 9, 4, 8] };

describe('share links of the quotient calculator', () => {
  it('round-trip one to four relationships, names in any script included', () => {
    fc.assert(
      fc.property(fc.array(aCase, { minLength: 1, maxLength: MAX_RELATIONSHIPS }), (cases) => {
        const fragment = shareFragment(cases);
        expect(fragment).toMatch(/^relaties=1\.[A-Za-z0-9_-]+$/);
        expect(readSharedCases(`#${fragment}`)).toEqual({ kind: 'ok', value: cases });
      }),
    );
  });

  it('keep format 1 stable: this exact link must always open Youssef (README documents it)', () => {
    const fragment =
      'relaties=1.eyJyZWxhdGlvbnNoaXBzIjpbeyJuYW1lIjoiWW91c3NlZiIsImtpbmQiOiJjb2xsZWFndWUiLCJzY29yZXMiOls4LDYsOSw5LDQsOF19XX0';
    expect(shareFragment([{ name: 'Youssef', kind: 'colleague', scores: CHAPTER_EXAMPLE }])).toBe(fragment);
    expect(link({ relationships: [youssef] })).toBe(`#${fragment}`);
    expect(readSharedCases(`#${fragment}`)).toEqual({
      kind: 'ok',
      value: [{ name: 'Youssef', kind: 'colleague', scores: CHAPTER_EXAMPLE }],
    });
    expect(relationshipsShare.prefix).toBe('relaties');
    expect(relationshipsShare.version).toBe(1);
  });

  it('ignore fields they do not know, so later additions do not break old pages', () => {
    expect(readSharedCases(link({ relationships: [{ ...youssef, note: 'x' }], focus: 0 }))).toMatchObject({
      kind: 'ok',
    });
  });

  it('treat other fragments as no link at all', () => {
    for (const hash of ['', '#', '#vergelijken', '#relatie=1.abc', '#vanuit-scan=1.abc'])
      expect(readSharedCases(hash)).toEqual({ kind: 'none' });
  });

  it('say what is wrong with a broken, tampered or out-of-range link, never throw', () => {
    const good = shareFragment([{ name: 'Youssef', kind: 'colleague', scores: CHAPTER_EXAMPLE }]);
    const problem = (hash: string) => {
      const read = readSharedCases(hash);
      return read.kind === 'problem' ? read.problem : read.kind;
    };
    expect(problem(`#${good.slice(0, -7)}`)).not.toBe('ok');
    expect(problem('#relaties=1')).toBe('malformed');
    expect(problem('#relaties=1.***')).toBe('malformed');
    expect(problem('#relaties=1.bm9n')).toBe('malformed'); // "non": base64 of something that is not JSON
    expect(problem(link({ relationships: [youssef] }, 2))).toBe('unknown-version');
    expect(problem(`#relaties=1.${'A'.repeat(MAX_SHARE_CHARS)}`)).toBe('too-long');
    for (const bad of [
      { relationships: [{ ...youssef, scores: [8, 6, 9, 9, 4, 11] }] },
      { relationships: [{ ...youssef, scores: [8, 6, 9, 9, 4, 0] }] },
      { relationships: [{ ...youssef, scores: [8, 6, 9, 9, 4, 7.5] }] },
      { relationships: [{ ...youssef, scores: [8, 6, 9, 9, 4] }] },
      { relationships: [{ ...youssef, scores: [8, 6, 9, 9, 4, 8, 8] }] },
      { relationships: [{ ...youssef, scores: ['8', 6, 9, 9, 4, 8] }] },
      { relationships: [{ ...youssef, kind: 'boss' }] },
      { relationships: [{ ...youssef, name: '   ' }] },
      { relationships: [{ ...youssef, name: 'x'.repeat(MAX_NAME_LENGTH + 1) }] },
      { relationships: [] },
      {
        relationships: Array.from({ length: MAX_RELATIONSHIPS + 1 }, (_, i) => ({
          ...youssef,
          name: `R${i}`,
        })),
      },
      { relationship: youssef },
      [youssef],
      null,
    ]) {
      expect(problem(link(bad)), JSON.stringify(bad)).toBe('invalid');
    }
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const read = readSharedCases(`#relaties=${junk}`);
        if (read.kind === 'ok')
          for (const c of read.value)
            expect(FACTORS.every((f) => c.scores[f] >= 1 && c.scores[f] <= 10)).toBe(true);
      }),
    );
  });

  it('write scores in the model’s order and read back exactly six valid ones', () => {
    expect(scoresToList(CHAPTER_EXAMPLE)).toEqual([8, 6, 9, 9, 4, 8]);
    expect(scoresFromList([8, 6, 9, 9, 4, 8])).toEqual(CHAPTER_EXAMPLE);
    expect(() => scoresFromList([8, 6, 9, 9, 4])).toThrow(/6 scores expected, got 5/);
    expect(() => scoresFromList([8, 6, 9, 9, 4, 12])).toThrow(/impact must be between 1 and 10/);
  });
});
