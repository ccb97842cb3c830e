import fc from 'fast-check';
import { readPlace, withPlace, type ScanPlace } from '../../../src/lib/scan/place';

const places: ScanPlace[] = [
  { kind: 'overview' },
  { kind: 'steps', ins: 'vertrouwen-om-mij-heen', step: 3 },
  { kind: 'review', ins: 'mijn-vertrouwenswaardigheid' },
  { kind: 'result', id: 'abc123' },
  { kind: 'compare', a: 'r1', b: 'r2' },
];

describe('scan places in the history', () => {
  it('come back as they were put in, next to what else the page keeps there', () => {
    for (const place of places) {
      const state = withPlace({ other: 1 }, place);
      expect(readPlace(state)).toEqual(place);
      expect(state['other']).toBe(1);
    }
  });

  it('read anything else as no place at all', () => {
    for (const state of [
      null,
      'scan',
      { scan: null },
      { scan: { kind: 'steps', ins: 'x', step: -1 } },
      { scan: { kind: 'steps', ins: 'x', step: 1.5 } },
      { scan: { kind: 'result' } },
      { scan: { kind: 'compare', a: 'r1' } },
      { scan: { kind: '__proto__' } },
    ])
      expect(readPlace(state)).toBeUndefined();
  });

  it('never throws, whatever a script left in history.state', () => {
    fc.assert(
      fc.property(fc.anything(), (state) => {
        const place = readPlace({ scan: state });
        if (place) expect(places.map((p) => p.kind)).toContain(place.kind);
      }),
    );
  });
});
