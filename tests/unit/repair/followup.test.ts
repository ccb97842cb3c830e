import fc from 'fast-check';
import { messageHints } from '../../../src/lib/repair/conversation';
import {
  addDays,
  addMonths,
  checkInDates,
  localDate,
  nextCheckIn,
  overdue,
  progress,
  trend,
} from '../../../src/lib/repair/followup';
import { emptyConversation } from '../../../src/lib/repair/plan';
import { at } from '../../support/must';
import { FORTNIGHTLY_FROM_16_MARCH, fullPlan } from '../../support/repair';

describe('check-in dates', () => {
  it('follow the rhythm over about three months', () => {
    expect(checkInDates('2026-03-16', 'twee-weken')).toEqual(FORTNIGHTLY_FROM_16_MARCH);
    expect(checkInDates('2026-01-31', 'maand')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(checkInDates('2024-01-31', 'maand', 2)).toEqual(['2024-01-31', '2024-02-29']);
    expect(checkInDates('2026-12-28', 'week', 2)).toEqual(['2026-12-28', '2027-01-04']);
    expect(checkInDates('2026-03-16', 'geen')).toEqual([]);
    expect(checkInDates(undefined, 'week')).toEqual([]);
  });

  it('the next one is on or after today, also after the first months', () => {
    const p = { firstCheckIn: '2026-03-16', rhythm: 'week' as const };
    expect(nextCheckIn(p, '2026-03-01')).toBe('2026-03-16');
    expect(nextCheckIn(p, '2026-03-16')).toBe('2026-03-16');
    expect(nextCheckIn(p, '2026-03-17')).toBe('2026-03-23');
    expect(nextCheckIn(p, '2027-03-17')).toBe('2027-03-22');
    expect(nextCheckIn({ ...p, rhythm: 'geen' }, '2026-03-01')).toBeUndefined();
  });

  it('date arithmetic stays on real calendar days, in every time zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: -400, max: 400 }),
        (d, days) => {
          const start = d.toISOString().slice(0, 10);
          const later = addDays(start, days);
          expect(later).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(addDays(later, -days)).toBe(start);
          expect(Number(addMonths(start, 1).slice(8))).toBeLessThanOrEqual(Number(start.slice(8)));
        },
      ),
    );
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('follow-up', () => {
  it('counts done actions and finds overdue ones', () => {
    const p = fullPlan();
    expect(progress(p)).toEqual({ done: 1, total: 4 });
    expect(overdue(p, '2026-03-10').map((a) => a.id)).toEqual(['a2']);
    expect(overdue(p, '2026-03-06')).toEqual([]);
  });

  it('shows the trend of the re-rated relationship between check-ins', () => {
    const t = trend(fullPlan().checkIns);
    expect(t.points.map((x) => x.index)).toEqual([(10 * 15) / 13, (14 * 15) / 10]);
    // Reliability rose most; the risk factors fell, which counts as a gain too.
    expect(t.change).toEqual({
      from: (10 * 15) / 13,
      to: 21,
      best: { factor: 'reliability', from: 4, to: 7, gain: 3 },
      worst: undefined,
    });
    const worse = trend([
      ...fullPlan().checkIns,
      {
        id: 'c3',
        date: '2026-04-13',
        note: '',
        scores: { competence: 7, reliability: 7, intentions: 7, integrity: 8, probability: 4, impact: 9 },
      },
    ]);
    expect(worse.change?.worst).toEqual({ factor: 'impact', from: 7, to: 9, gain: -2 });
  });

  it('needs two scored check-ins for a change, and skips check-ins without scores', () => {
    const c1 = at(fullPlan().checkIns, 0, 'check-in');
    expect(trend([c1]).change).toBeUndefined();
    expect(trend([c1, { id: 'x', date: '2026-03-20', note: 'alleen tekst' }]).points).toHaveLength(1);
  });
});

describe('the conversation helper', () => {
  const ik = (waarneming: string, rest = 'iets') => ({ waarneming, gevolg: rest, gevoel: rest, wens: rest });

  it('points at reproaches, labels and guessed intentions', () => {
    expect(messageHints('ik', ik('Toen de planning vrijdag om vier uur veranderde'))).toEqual([]);
    expect(messageHints('ik', ik('Jij komt altijd te laat'))).toEqual(['altijd-nooit']);
    expect(messageHints('ik', ik('Je doet het expres'))).toEqual(['bedoeling']);
    expect(messageHints('ik', { ...ik('Gisteren'), wens: 'Ik vind jou onbetrouwbaar' })).toEqual(['etiket']);
    expect(
      messageHints('sbi', { situatie: 'Dinsdag', gedrag: 'Je was NOOIT op tijd', impact: 'x', vraag: '' }),
    ).toEqual(['leeg', 'altijd-nooit']);
    expect(messageHints('ik', emptyConversation().ik)).toEqual(['leeg']);
    expect(messageHints('ik', { ...ik('Gisteren'), gevoel: 'Je bent zo gevoelig' })).toEqual(['etiket']);
    expect(messageHints('ik', ik('Je bent gisteren zonder bericht vertrokken'))).toEqual([]);
  });

  it('does not flag words that only contain the signal words', () => {
    expect(messageHints('ik', ik('Het nooitgedachte gebeurde; de altijdgroene plant viel om'))).toEqual([]);
  });
});

describe('composing the message', () => {
  it('reads as spoken text, leaving empty parts out', async () => {
    const { composeMessage } = await import('../../../src/lib/repair/conversation');
    expect(
      composeMessage('ik', {
        waarneming: 'toen de planning vrijdag om vier uur veranderde',
        gevolg: 'moest ik drie mensen terugbellen.',
        gevoel: 'dat zat me dwars',
        wens: 'Ik wil graag dat we het eerst samen bespreken',
      }),
    ).toBe(
      'Toen de planning vrijdag om vier uur veranderde, moest ik drie mensen terugbellen. Dat zat me dwars. Ik wil graag dat we het eerst samen bespreken.',
    );
    expect(
      composeMessage('sbi', {
        situatie: 'In het overleg van dinsdag',
        gedrag: 'onderbrak je Samira',
        impact: '',
        vraag: 'hoe zag jij dat?',
      }),
    ).toBe('In het overleg van dinsdag onderbrak je Samira. Hoe zag jij dat?');
    expect(composeMessage('ik', emptyConversation().ik)).toBe('');
  });
});
