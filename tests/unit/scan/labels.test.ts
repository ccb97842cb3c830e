import fc from 'fast-check';
import { resultLabels } from '../../../src/lib/scan/labels';

const minute = (iso: string) => iso.slice(0, 16);
const nth = (n: number, of: number) => `(${n}e van ${of})`;

describe('resultLabels', () => {
  it('numbers results made in the same minute in the order they were made', () => {
    const labels = resultLabels(
      [
        { id: 'b', completedAt: '2026-12-02T09:14:40.000Z' },
        { id: 'a', completedAt: '2026-12-02T09:14:05.000Z' },
        { id: 'c', completedAt: '2026-12-02T10:00:00.000Z' },
      ],
      minute,
      nth,
    );
    expect(Object.fromEntries(labels)).toEqual({
      a: '2026-12-02T09:14 (1e van 2)',
      b: '2026-12-02T09:14 (2e van 2)',
      c: '2026-12-02T10:00',
    });
  });

  it('gives every result a label, and no two the same', () => {
    const dated = fc.record({
      minute: fc.integer({ min: 0, max: 5 }),
      second: fc.integer({ min: 0, max: 59 }),
    });
    fc.assert(
      fc.property(fc.array(dated, { maxLength: 20 }), (list) => {
        const results = list.map((d, i) => ({
          id: `r${i}`,
          completedAt: `2026-12-02T09:0${d.minute}:${String(d.second).padStart(2, '0')}.000Z`,
        }));
        const labels = resultLabels(results, minute, nth);
        expect(labels.size).toBe(results.length);
        expect(new Set(labels.values()).size).toBe(results.length);
      }),
    );
  });
});
