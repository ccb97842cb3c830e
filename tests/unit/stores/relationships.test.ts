import type { Case } from '../../../src/lib/quotient/case';
import { MAX_RELATIONSHIPS } from '../../../src/lib/quotient/case';
import {
  $relationships,
  ownFirstRelationship,
  removeRelationship,
  saveRelationship,
  saveSharedRelationships,
} from '../../../src/stores/relationships';

const scores = { competence: 8, reliability: 6, intentions: 9, integrity: 9, probability: 4, impact: 8 };
const named = (name: string): Case => ({ name, kind: 'colleague', scores });

beforeEach(() => $relationships.set({ relationships: [] }));

describe('relationship store actions', () => {
  it('saves under the name, replacing one of the same name, and removes by name', () => {
    expect(saveRelationship(named('Youssef')).ok).toBe(true);
    expect(saveRelationship({ ...named('youssef '), kind: 'leader' }).ok).toBe(true);
    expect($relationships.get().relationships).toHaveLength(1);
    expect(ownFirstRelationship()?.kind).toBe('leader');
    removeRelationship('Youssef');
    expect(ownFirstRelationship()).toBeUndefined();
  });

  it('says why it cannot save, and keeps what was there', () => {
    expect(saveRelationship(named('  '))).toMatchObject({ ok: false });
    for (let i = 0; i < MAX_RELATIONSHIPS; i++) saveRelationship(named(`R${i}`));
    const before = $relationships.get();
    expect(saveRelationship(named('Eén te veel'))).toEqual({ ok: false, problem: 'full' });
    expect($relationships.get()).toBe(before);
  });

  it('saves a shared link beside the visitor’s own only when all of it fits', () => {
    saveRelationship(named('Eigen'));
    expect(saveSharedRelationships([named('Gedeeld')]).ok).toBe(true);
    expect($relationships.get().relationships.map((r) => r.name)).toEqual(['Eigen', 'Gedeeld']);
    const before = $relationships.get();
    expect(saveSharedRelationships([named('A'), named('B'), named('C')])).toEqual({
      ok: false,
      room: MAX_RELATIONSHIPS - 2,
    });
    expect($relationships.get()).toBe(before);
  });
});
