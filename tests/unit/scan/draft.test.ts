import fc from 'fast-check';
import { decode, encode } from '../../../src/lib/core/storage';
import { decodeShare, encodeShare } from '../../../src/lib/core/share-code';
import type { AnswerValue, Instrument } from '../../../src/lib/scan/scoring';
import { isSoundResult } from '../../../src/lib/scan/profile';
import { parseResultFile, readSharedResult, resultFile } from '../../../src/lib/scan/sharing';
import {
  addResult,
  answer,
  complete,
  discard,
  emptyScanState,
  goToStep,
  leave,
  open,
  removeResult,
  resultsOf,
  scanCodec,
  scanResultFormat,
} from '../../../src/lib/scan/draft';
import { must } from '../../support/must';
import { testInstrument, testItem } from '../../support/scan';

const v1 = testInstrument({
  version: 1,
  bands: { laag: 0, hoog: 60 },
  scales: ['a', 'b'],
  items: ['a1', 'b1', 'a2', 'b2', 'a3', 'b3'].map((id) => testItem(id, id === 'a2')),
});
/** Version 2 rewrote b2 (new id b4) and kept the rest. */
const v2: Instrument = {
  ...v1,
  version: 2,
  items: [...v1.items.filter((i) => i.id !== 'b2'), testItem('b4')],
};
const now = new Date('2025-05-01T09:30:00.000Z');

describe('the scan on this device', () => {
  it('starts a draft, keeps answers and the step, and turns it into a result with version, answers and scores', () => {
    let s = open(emptyScanState(), v1, now).state;
    expect(s.active).toBe('proef');
    s = answer(s, 'proef', 'a1', 5);
    s = answer(s, 'proef', 'a2', 1);
    s = answer(s, 'proef', 'b1', 0);
    s = goToStep(s, 'proef', 1);
    expect(s.drafts.proef).toMatchObject({ version: 1, step: 1, answers: { a1: 5, a2: 1, b1: 0 } });

    const done = complete(s, v1, now, 'abc123');
    expect(done.result).toEqual({
      id: 'abc123',
      instrument: 'proef',
      version: 1,
      completedAt: '2025-05-01T09:30:00.000Z',
      answers: { a1: 5, a2: 1, b1: 0 },
      scores: { a: 100, b: null },
    });
    expect(done.state.drafts).toEqual({});
    expect(done.state.active).toBeUndefined();
    expect(decode(scanCodec, encode(scanCodec, done.state))).toMatchObject({
      status: 'ok',
      value: done.state,
    });
  });

  it('resumes an existing draft as it was', () => {
    const s = answer(open(emptyScanState(), v1, now).state, 'proef', 'a1', 4);
    const again = open(leave(s), v1, new Date('2025-05-02T00:00:00.000Z'));
    expect(again.changed).toBe(false);
    expect(must(again.state.drafts.proef, 'draft proef').answers).toEqual({ a1: 4 });
    expect(must(again.state.drafts.proef, 'draft proef').startedAt).toBe(now.toISOString());
  });

  it('after an instrument change, keeps answers only to items that still exist and says so', () => {
    let s = open(emptyScanState(), v1, now).state;
    for (const [k, v] of Object.entries({ a1: 4, b2: 2, b3: 5 })) s = answer(s, 'proef', k, v as AnswerValue);
    const resumed = open(leave(s), v2, now);
    expect(resumed.changed).toBe(true);
    expect(resumed.state.drafts.proef).toMatchObject({ version: 2, answers: { a1: 4, b3: 5 } });
    // The visitor is told how many answers carried over and how many belonged to a changed item.
    expect(resumed).toMatchObject({ kept: 2, dropped: 1 });
    expect(open(leave(resumed.state), v2, now)).toMatchObject({ changed: false, kept: 0, dropped: 0 });
  });

  it('discards a draft on request, leaving results alone', () => {
    let s = complete(open(emptyScanState(), v1, now).state, v1, now, 'eerste').state;
    s = open(s, v1, now).state;
    s = discard(s, 'proef');
    expect(s.drafts).toEqual({});
    expect(s.results.map((r) => r.id)).toEqual(['eerste']);
  });

  it('adds a result once, removes it on request, lists results newest first', () => {
    const r1 = complete(
      open(emptyScanState(), v1, now).state,
      v1,
      new Date('2025-01-01T00:00:00.000Z'),
      'r1',
    ).result!;
    const r2 = { ...r1, id: 'r2', completedAt: '2025-02-01T00:00:00.000Z' };
    let s = addResult(emptyScanState(), r1).state;
    s = addResult(s, r2).state;
    expect(addResult(s, r2).added).toBe(false);
    expect(resultsOf(s, 'proef').map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(resultsOf(removeResult(s, 'r2'), 'proef').map((r) => r.id)).toEqual(['r1']);
  });

  it('rejects stored data of the wrong shape or with answers off the scale', () => {
    const bad = [
      { drafts: {}, results: 'geen lijst' },
      { drafts: { proef: { version: 1, answers: { a1: 9 }, step: 0, startedAt: '' } }, results: [] },
      { drafts: { proef: { version: 1, answers: { a1: 2.5 }, step: 0, startedAt: '' } }, results: [] },
      {
        drafts: {},
        results: [
          {
            id: 'abcd',
            instrument: 'proef',
            version: 1,
            completedAt: now.toISOString(),
            answers: { a1: '4' },
            scores: {},
          },
        ],
      },
    ];
    for (const data of bad) expect(decode(scanCodec, JSON.stringify({ v: 1, data })).status).toBe('invalid');
  });

  it('a result is sound only with a known instrument, a real date, a sensible id and version, and scores 0–100', () => {
    const r = complete(open(emptyScanState(), v1, now).state, v1, now, 'goed01').result!;
    expect(isSoundResult(r, ['proef'])).toBe(true);
    for (const bad of [
      { ...r, instrument: 'ander' },
      { ...r, completedAt: 'gisteren' },
      { ...r, completedAt: '2025-13-45T99:00:00Z' },
      { ...r, id: 'x' },
      { ...r, id: 'MET HOOFDLETTERS' },
      { ...r, version: 0 },
      { ...r, scores: { a: 140 } },
      { ...r, scores: { a: 12.5 } },
    ])
      expect(isSoundResult(bad, ['proef']), JSON.stringify(bad)).toBe(false);
  });
});

describe('sharing and files', () => {
  it('reads a result from the fragment, or says what is wrong with the link', () => {
    const r = complete(open(emptyScanState(), v1, now).state, v1, now, 'link01').result!;
    const ids = ['proef'];
    expect(readSharedResult('', ids)).toEqual({ kind: 'none' });
    expect(readSharedResult('#proef', ids)).toEqual({ kind: 'none' });
    expect(readSharedResult(`#${encodeShare(scanResultFormat, r)}`, ids)).toEqual({ kind: 'ok', value: r });
    expect(readSharedResult('#scan-resultaat=1.kapot!', ids)).toEqual({
      kind: 'problem',
      problem: 'malformed',
    });
    expect(readSharedResult(`#${encodeShare(scanResultFormat, r).replace('=1.', '=7.')}`, ids)).toEqual({
      kind: 'problem',
      problem: 'unknown-version',
    });
    expect(readSharedResult(`#${encodeShare(scanResultFormat, { ...r, instrument: 'weg' })}`, ids)).toEqual({
      kind: 'problem',
      problem: 'unknown-instrument',
    });
    expect(readSharedResult(`#${encodeShare(scanResultFormat, { ...r, completedAt: 'ooit' })}`, ids)).toEqual(
      { kind: 'problem', problem: 'invalid' },
    );
  });

  const answers = fc.dictionary(
    fc.constantFrom('a1', 'a2', 'a3', 'b1', 'b2', 'b3'),
    fc.integer({ min: 0, max: 5 }),
  );

  it('a result survives a share link and a file, with any answers', () => {
    fc.assert(
      fc.property(answers, (a) => {
        let s = open(emptyScanState(), v1, now).state;
        for (const [k, v] of Object.entries(a)) s = answer(s, 'proef', k, v as AnswerValue);
        const r = complete(s, v1, now, 'deel01').result!;
        expect(decodeShare(scanResultFormat, `#${encodeShare(scanResultFormat, r)}`)).toEqual({
          kind: 'ok',
          value: r,
        });
        expect(parseResultFile(resultFile(r), ['proef'])).toEqual({ ok: true, result: r });
      }),
    );
  });

  it('a bad file is explained, never half-read', () => {
    const r = complete(open(emptyScanState(), v1, now).state, v1, now, 'file01').result!;
    const good = JSON.parse(resultFile(r));
    expect(parseResultFile('{ kapot', ['proef'])).toEqual({ ok: false, problem: 'not-json' });
    expect(parseResultFile(JSON.stringify({ app: 'iets' }), ['proef'])).toEqual({
      ok: false,
      problem: 'not-ours',
    });
    expect(parseResultFile(JSON.stringify({ ...good, format: 2 }), ['proef'])).toEqual({
      ok: false,
      problem: 'too-new',
    });
    expect(
      parseResultFile(JSON.stringify({ ...good, result: { ...r, answers: { a1: 'vijf' } } }), ['proef']),
    ).toEqual({ ok: false, problem: 'invalid' });
    expect(parseResultFile(resultFile(r), ['ander'])).toEqual({ ok: false, problem: 'unknown-instrument' });
    expect(
      parseResultFile(JSON.stringify({ ...good, result: { ...r, scores: { a: 101 } } }), ['proef']),
    ).toEqual({ ok: false, problem: 'invalid' });
    expect(parseResultFile('x'.repeat(200_000), ['proef'])).toEqual({ ok: false, problem: 'too-large' });
  });
});
