import { persistentAtom } from './site-storage';
import { scanCodec } from '../lib/scan/codec';
import {
  addResult,
  answer,
  complete,
  discard,
  goToStep,
  leave,
  open,
  removeResult,
  type ScanState,
} from '../lib/scan/draft';
import { unanswered, type AnswerValue, type Instrument, type ScanResult } from '../lib/scan/scoring';

export const $scan = persistentAtom(scanCodec);

const change = (f: (s: ScanState) => ScanState) => $scan.set(f($scan.get()));

/**
 * Starts or resumes an instrument's draft. When the instrument changed since the draft began, says
 * how many answers were kept and how many belonged to items that no longer exist; else false.
 */
export function openScan(ins: Instrument, now = new Date()): false | { kept: number; dropped: number } {
  const opened = open($scan.get(), ins, now);
  $scan.set(opened.state);
  return opened.changed && { kept: opened.kept, dropped: opened.dropped };
}

export const answerItem = (instrumentId: string, itemId: string, value: AnswerValue) =>
  change((s) => answer(s, instrumentId, itemId, value));
export const goToScanStep = (instrumentId: string, step: number) =>
  change((s) => goToStep(s, instrumentId, step));

/** Leaves the questions for the overview (the draft stays). */
export function leaveScan() {
  if ($scan.get().active) change(leave);
}

/** Throws an instrument's draft away (before starting it again). */
export const discardScanDraft = (instrumentId: string) => change((s) => discard(s, instrumentId));

export type Finished =
  { done: true; result: ScanResult } | { done: false; reason: 'no-draft' | 'open-items' };

/** Turns the draft into a result, unless items are open and the visitor has not chosen to go on anyway. */
export function finishScan(ins: Instrument, force = false, now = new Date()): Finished {
  const draft = $scan.get().drafts[ins.id];
  if (!draft) return { done: false, reason: 'no-draft' };
  if (!force && unanswered(ins, draft.answers).length > 0) return { done: false, reason: 'open-items' };
  const done = complete($scan.get(), ins, now);
  $scan.set(done.state);
  return done.result ? { done: true, result: done.result } : { done: false, reason: 'no-draft' };
}

/** Keeps a result from a link or a file on this device (once). */
export const keepScanResult = (result: ScanResult) => change((s) => addResult(s, result).state);
export const removeScanResult = (id: string) => change((s) => removeResult(s, id));
