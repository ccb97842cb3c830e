import {
  addActionProblem,
  checkInProblem,
  safetyProblem,
  situationProblem,
} from '../../../src/lib/repair/forms';
import { createPlan, LIMITS } from '../../../src/lib/repair/plan';
import { readScanHandoff } from '../../../src/lib/repair/scan-handoff';
import { encodeShare } from '../../../src/lib/core/share-code';
import { scanHandoffFormat } from '../../../src/lib/scan/handoff';
import { at } from '../../support/must';
import { fullPlan } from '../../support/repair';

const fresh = () => createPlan('p', 'Plan', new Date('2026-03-02T09:00:00Z'));
const six = { competence: 6, reliability: 6, intentions: 6, integrity: 6, probability: 6, impact: 6 };

describe('the plan builder’s form checks', () => {
  it('safety: a concern or "none of these"', () => {
    expect(safetyProblem(fresh(), false)).toBe('choose-first');
    expect(safetyProblem(fresh(), true)).toBeUndefined();
    expect(
      safetyProblem(
        { ...fresh(), safety: { checked: false, concerns: ['fraude'], continueForRest: false } },
        false,
      ),
    ).toBeUndefined();
  });

  it('situation: every question, or for development a growth area', () => {
    const cleared = { ...fresh(), safety: { checked: true, concerns: [], continueForRest: false } };
    expect(situationProblem(cleared)).toBe('situation-incomplete');
    expect(situationProblem({ ...cleared, start: 'ontwikkeling' })).toBe('scales-missing');
    expect(
      situationProblem({ ...cleared, start: 'ontwikkeling', scan: { scales: ['omgeving-risico'] } }),
    ).toBeUndefined();
    expect(situationProblem(fullPlan())).toBeUndefined();
  });

  it('own action: room first, then a title that is more than spaces', () => {
    expect(addActionProblem(fresh(), ' \n ')).toBe('needs-title');
    expect(addActionProblem(fresh(), 'Koffie')).toBeUndefined();
    const full = {
      ...fullPlan(),
      actions: Array.from({ length: LIMITS.actions }, (_, i) => ({
        ...at(fullPlan().actions, 0),
        id: `a${i}`,
      })),
    };
    expect(addActionProblem(full, '')).toBe('full');
  });

  it('check-in: all six scores or none, a note or scores, and room', () => {
    expect(checkInProblem(fresh(), 'Notitie', { competence: 3 })).toBe('rate-incomplete');
    expect(checkInProblem(fresh(), '  ', {})).toBe('needs-something');
    expect(checkInProblem(fresh(), '', six)).toBeUndefined();
    expect(checkInProblem(fresh(), 'Notitie', {})).toBeUndefined();
    const full = {
      ...fresh(),
      checkIns: Array.from({ length: LIMITS.checkIns }, (_, i) => ({
        id: `c${i}`,
        date: '2026-03-02',
        note: 'x',
      })),
    };
    expect(checkInProblem(full, 'Notitie', {})).toBe('full');
  });
});

describe('reading the scan’s hand-off', () => {
  const link = (scales: string[]) =>
    `#${encodeShare(scanHandoffFormat, { instrument: 'vertrouwen-om-mij-heen', scales })}`;

  it('keeps the growth areas the builder knows and names the others', () => {
    expect(readScanHandoff(link(['omgeving-risico', 'onbekend-gebied']))).toEqual({
      kind: 'ok',
      value: {
        instrument: 'vertrouwen-om-mij-heen',
        scales: ['omgeving-risico'],
        unknown: ['onbekend-gebied'],
      },
    });
  });

  it('is none without a hand-off, and a problem when the link is broken or names no known area', () => {
    expect(readScanHandoff('')).toEqual({ kind: 'none' });
    expect(readScanHandoff('#mijn-plannen')).toEqual({ kind: 'none' });
    expect(readScanHandoff('#vanuit-scan=1.***')).toEqual({ kind: 'problem', problem: 'malformed' });
    expect(readScanHandoff(link(['iets-anders']))).toEqual({ kind: 'problem', problem: 'no-known-scales' });
  });
});
