import { stepsOf, type AnswerValue } from '../../../src/lib/scan/scoring';
import { emptyScanState } from '../../../src/lib/scan/draft';
import {
  $scan,
  answerItem,
  discardScanDraft,
  finishScan,
  goToScanStep,
  keepScanResult,
  leaveScan,
  openScan,
  removeScanResult,
} from '../../../src/stores/scan';
import { readInstruments } from '../../support/scan';
import { at } from '../../support/must';

const ins = at(readInstruments(), 0, 'instrument');
const later = new Date('2026-05-01T10:00:00Z');

beforeEach(() => $scan.set(emptyScanState()));

describe('scan store actions', () => {
  it('open, answer and step a draft, resumed where it was', () => {
    expect(openScan(ins, later)).toBe(false);
    answerItem(ins.id, at(ins.items, 0).id, 4);
    goToScanStep(ins.id, 1);
    leaveScan();
    expect($scan.get().active).toBeUndefined();
    expect(openScan(ins, later)).toBe(false);
    expect($scan.get()).toMatchObject({
      active: ins.id,
      drafts: { [ins.id]: { step: 1, answers: { [at(ins.items, 0).id]: 4 } } },
    });
  });

  it('sends the visitor to the review while items are open, unless they choose to go on', () => {
    expect(finishScan(ins)).toEqual({ done: false, reason: 'no-draft' });
    openScan(ins);
    answerItem(ins.id, at(ins.items, 0).id, 2);
    expect(finishScan(ins)).toEqual({ done: false, reason: 'open-items' });
    const forced = finishScan(ins, true, later);
    expect(forced.done && forced.result.completedAt).toBe(later.toISOString());
    expect($scan.get().drafts[ins.id]).toBeUndefined();
  });

  it('finishes a complete draft without asking', () => {
    openScan(ins);
    for (const item of ins.items) answerItem(ins.id, item.id, 3 as AnswerValue);
    goToScanStep(ins.id, stepsOf(ins.items).length - 1);
    const finished = finishScan(ins);
    expect(finished.done).toBe(true);
    expect($scan.get().results).toHaveLength(1);
  });

  it('reads the stored state, not a rendered copy: two answers in one tick both stay', () => {
    openScan(ins);
    answerItem(ins.id, at(ins.items, 0).id, 1);
    answerItem(ins.id, at(ins.items, 1).id, 5);
    expect(Object.keys($scan.get().drafts[ins.id]!.answers)).toEqual([
      at(ins.items, 0).id,
      at(ins.items, 1).id,
    ]);
  });

  it('keeps a result once, removes it, and discards a draft', () => {
    openScan(ins);
    answerItem(ins.id, at(ins.items, 0).id, 1);
    const result = finishScan(ins, true);
    if (!result.done) throw new Error('not finished');
    removeScanResult(result.result.id);
    expect($scan.get().results).toEqual([]);
    keepScanResult(result.result);
    keepScanResult(result.result);
    expect($scan.get().results).toEqual([result.result]);
    openScan(ins);
    discardScanDraft(ins.id);
    expect($scan.get().drafts[ins.id]).toBeUndefined();
  });
});
