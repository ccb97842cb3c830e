import { receive, tally, type Receipt } from '../../../src/lib/session/collect';
import { MAX_CODES, sessionCodec, type Session } from '../../../src/lib/session/codec';
import { decode, encode } from '../../../src/lib/core/storage';
import { aggregateCsv, aggregateJson, csvCell } from '../../../src/lib/session/export';
import { aggregate } from '../../../src/lib/session/aggregate';

const session: Session = {
  id: 'AAAAAAAAAAAA',
  name: 'Teamdag',
  instrument: 'x',
  version: 1,
  floor: 3,
  publicKey: 'A'.repeat(87),
  createdAt: '2026-12-02',
  closed: false,
  revealed: false,
  entries: [],
};
const code = (sub: string, scores: (number | null)[]) => ({
  ok: true as const,
  code: { sub, day: 20_000, instrumentVersion: 1, scores },
});

describe('collecting codes', () => {
  it('accepts, counts a replay once, refuses after closing and explains problems', () => {
    let s = session;
    const receipts: Receipt[] = [];
    for (const outcome of [
      code('sub-aaaaaaa', [50]),
      code('sub-aaaaaaa', [50]),
      { ok: false as const, problem: 'damaged' as const },
      code('sub-bbbbbbb', [60]),
    ]) {
      const r = receive(s, outcome);
      s = r.session;
      receipts.push(r.receipt);
    }
    expect(receipts).toEqual(['accepted', 'duplicate', 'damaged', 'accepted']);
    expect(s.entries).toHaveLength(2);
    const closed = receive({ ...s, closed: true }, code('sub-ccccccc', [70]));
    expect(closed.receipt).toBe('closed');
    expect(closed.session.entries).toHaveLength(2);
    expect(tally(receipts)).toEqual({ accepted: 2, duplicate: 1, damaged: 1 });
  });

  it('stops at the most codes a session keeps', () => {
    const full = {
      ...session,
      entries: Array.from({ length: MAX_CODES }, (_, i) => ({
        sub: `s${String(i).padStart(10, '0')}`,
        day: 1,
        scores: [1],
      })),
    };
    expect(receive(full, code('sub-ddddddd', [1])).receipt).toBe('full');
    // A full session still fits the storage module's size cap.
    expect(
      decode(
        sessionCodec,
        encode(sessionCodec, {
          session: { ...full, entries: full.entries.map((e) => ({ ...e, scores: Array(8).fill(100) })) },
        }),
      ).status,
    ).toBe('ok');
  });
});

describe('exporting the aggregate', () => {
  const agg = aggregate(
    [{ id: 'a' }, { id: 'b' }],
    [
      { id: 'laag', from: 0 },
      { id: 'hoog', from: 50 },
    ],
    [
      [10, 5],
      [20, null],
      [70, null],
    ],
    3,
  );
  const ctx = {
    instrument: { id: 'x', version: 1, title: 'X' },
    scaleNames: { a: '=Eerlijk, "open"', b: 'B' },
    bands: [
      { id: 'laag', label: 'Laag' },
      { id: 'hoog', label: 'Hoog' },
    ],
    date: '2026-12-02',
  };
  const headers = {
    scale: 'onderdeel',
    name: 'naam',
    n: 'aantal',
    median: 'mediaan',
    q1: 'q1',
    q3: 'q3',
    iqr: 'iqr',
    min: 'min',
    max: 'max',
    hidden: 'onder de drempel',
  };

  it('writes statistics and band counts, never the scores themselves', () => {
    const json = JSON.parse(aggregateJson(agg, ctx));
    expect(json.scales[0]).toEqual({
      scale: 'a',
      name: '=Eerlijk, "open"',
      shown: true,
      n: 3,
      median: 20,
      q1: 15,
      q3: 45,
      iqr: 30,
      min: 10,
      max: 70,
      bands: { laag: 2, hoog: 1 },
    });
    expect(json.scales[1]).toEqual({ scale: 'b', name: 'B', shown: false, n: 1 });
    expect(JSON.stringify(json)).not.toContain('values');
    const csv = aggregateCsv(agg, ctx, headers).split('\r\n');
    expect(csv[0]).toBe('onderdeel,naam,aantal,mediaan,q1,q3,iqr,min,max,Laag,Hoog');
    expect(csv[1]).toBe(`a,"'=Eerlijk, ""open""",3,20,15,45,30,10,70,2,1`);
    expect(csv[2]).toBe('b,B,1,onder de drempel,,,,,,,');
    expect(csv).not.toContain('5');
  });

  it('quotes cells a spreadsheet would misread', () => {
    expect(csvCell('+31')).toBe("'+31");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });
});
