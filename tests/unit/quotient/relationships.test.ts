import fc from 'fast-check';
import {
  KINDS,
  MAX_NAME_LENGTH,
  MAX_RELATIONSHIPS,
  nameProblem,
  type Case,
} from '../../../src/lib/quotient/case';
import {
  addShared,
  freeName,
  removeCase,
  sameCase,
  saveCase,
  savedNamed,
} from '../../../src/lib/quotient/relationship-list';
import { relationshipsCodec, type SavedRelationships } from '../../../src/lib/quotient/relationships-codec';
import { decode, encode } from '../../../src/lib/core/storage';
import { at } from '../../support/must';
import { all, scores } from '../../support/quotient';

const now = new Date('2026-03-04T05:06:07Z');
const c = (name: string, n = 5, kind: Case['kind'] = 'colleague'): Case => ({ name, kind, scores: all(n) });
const empty = (): SavedRelationships => relationshipsCodec.empty();
const saveAll = (cases: Case[]) =>
  cases.reduce((saved, x) => {
    const r = saveCase(saved, x, now);
    if (!r.ok) throw new Error(r.problem);
    return r.saved;
  }, empty());

const aCase = fc.record({
  name: fc.constantFrom('Youssef', 'youssef ', 'Het MT', 'Anja', 'Team Noord', 'Bram', ''),
  kind: fc.constantFrom(...KINDS),
  scores,
}) as fc.Arbitrary<Case>;

describe('saved relationships', () => {
  it('are kept in the storage envelope and read back; out-of-range scores are refused', () => {
    const saved = saveAll([c('Youssef', 7), c('Het MT', 3, 'top-management')]);
    expect(decode(relationshipsCodec, encode(relationshipsCodec, saved))).toEqual({
      value: saved,
      status: 'ok',
      migrated: false,
    });
    const tampered = JSON.stringify({
      v: 1,
      data: { relationships: [{ ...saved.relationships[0], scores: { ...all(5), impact: 11 } }] },
    });
    expect(decode(relationshipsCodec, tampered).status).toBe('invalid');
    const unknownKind = JSON.stringify({
      v: 1,
      data: { relationships: [{ ...saved.relationships[0], kind: 'baas' }] },
    });
    expect(decode(relationshipsCodec, unknownKind).status).toBe('invalid');
    expect(relationshipsCodec.key).toBe('vw:vertrouwensquotient');
  });

  it('are saved under their name: a new name is added, the same name (any case) is updated in place', () => {
    let saved = saveAll([c('Youssef', 7), c('Het MT', 3)]);
    const update = saveCase(saved, c(' youssef ', 9, 'leader'), now);
    expect(update.ok).toBe(true);
    saved = (update as { saved: SavedRelationships }).saved;
    expect(saved.relationships.map((r) => [r.name, r.kind, r.scores.competence])).toEqual([
      ['youssef', 'leader', 9],
      ['Het MT', 'colleague', 3],
    ]);
    expect(at(saved.relationships, 0).savedAt).toBe(now.toISOString());
    expect(savedNamed(saved, 'YOUSSEF')?.name).toBe('youssef');
    expect(savedNamed(saved, 'Anja')).toBeUndefined();
  });

  it('need a name, not too long, and have room for four', () => {
    expect(saveCase(empty(), c('   '), now)).toEqual({ ok: false, problem: 'no-name' });
    expect(saveCase(empty(), c('x'.repeat(MAX_NAME_LENGTH + 1)), now)).toEqual({
      ok: false,
      problem: 'name-too-long',
    });
    expect(nameProblem('x'.repeat(MAX_NAME_LENGTH))).toBeUndefined();
    const full = saveAll(['A', 'B', 'C', 'D'].map((n) => c(n)));
    expect(saveCase(full, c('E'), now)).toEqual({ ok: false, problem: 'full' });
    expect(saveCase(full, c('b', 9), now).ok).toBe(true); // updating one still works when full
  });

  it('stay at most four, with unique names, whatever the visitor does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            aCase.map((x) => ['save', x] as const),
            aCase.map((x) => ['remove', x] as const),
          ),
          { maxLength: 30 },
        ),
        (actions) => {
          let saved = empty();
          for (const [what, x] of actions) {
            if (what === 'remove') saved = removeCase(saved, x.name);
            else {
              const r = saveCase(saved, x, now);
              if (r.ok) {
                saved = r.saved;
                expect(sameCase(savedNamed(saved, x.name)!, x)).toBe(true);
              } else expect(r.problem === 'full' || nameProblem(x.name)).toBeTruthy();
            }
            const keys = saved.relationships.map((r) => r.name.toLowerCase());
            expect(saved.relationships.length).toBeLessThanOrEqual(MAX_RELATIONSHIPS);
            expect(new Set(keys).size).toBe(keys.length);
          }
        },
      ),
    );
  });

  it('are removed by name', () => {
    const saved = saveAll([c('Youssef'), c('Het MT')]);
    expect(removeCase(saved, 'het mt').relationships.map((r) => r.name)).toEqual(['Youssef']);
    expect(removeCase(saved, 'Anja')).toEqual(saved);
  });
});

describe('relationships from a share link', () => {
  it('get a number when their name is taken, so nothing is overwritten', () => {
    expect(freeName('Youssef', [])).toBe('Youssef');
    expect(freeName('Youssef', ['youssef'])).toBe('Youssef (2)');
    expect(freeName('Youssef', ['Youssef', 'Youssef (2)'])).toBe('Youssef (3)');
    const long = 'x'.repeat(MAX_NAME_LENGTH);
    expect(freeName(long, [long])).toHaveLength(MAX_NAME_LENGTH);
  });

  it('are added all together, or not at all when they do not fit', () => {
    const mine = saveAll([c('Youssef', 7), c('Anja', 4)]);
    const shared = [c('Youssef', 2), c('Het MT', 3)];
    const added = addShared(mine, shared, now);
    expect(added.ok && added.saved.relationships.map((r) => [r.name, r.scores.competence])).toEqual([
      ['Youssef', 7],
      ['Anja', 4],
      ['Youssef (2)', 2],
      ['Het MT', 3],
    ]);
    // The visitor is told which names changed, so "Youssef (2)" is no surprise.
    expect(added.ok && added.renamed).toEqual([{ from: 'Youssef', to: 'Youssef (2)' }]);
    expect(addShared(mine, [...shared, c('Bram')], now)).toEqual({ ok: false, room: 2 });
  });
});
