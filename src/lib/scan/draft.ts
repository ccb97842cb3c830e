import { scoreAnswers, stepsOf, type AnswerValue, type Instrument, type ScanResult } from './scoring';
import type { Draft, ScanState } from './codec';

/** How the scan's saved state changes: drafts, answers, steps, results. */

export { emptyScanState, scanCodec, scanResultFormat, type Draft, type ScanState } from './codec';

export const newResultId = (now: Date) => now.getTime().toString(36) + Math.random().toString(36).slice(2, 8);

export interface Opened {
  state: ScanState;
  /** The draft was begun with another version of the instrument. */
  changed: boolean;
  /** With `changed`: how many answers carried over, and how many belonged to items that are gone. */
  kept: number;
  dropped: number;
}

/**
 * Starts a draft for an instrument, or continues the one there is, and makes it the active one.
 * A draft of another version keeps its answers to items that still exist; the counts let the
 * visitor be told what happened.
 */
export function open(state: ScanState, instrument: Instrument, now: Date): Opened {
  const draft = state.drafts[instrument.id];
  if (!draft) {
    const fresh: Draft = { version: instrument.version, answers: {}, step: 0, startedAt: now.toISOString() };
    return {
      state: { ...state, active: instrument.id, drafts: { ...state.drafts, [instrument.id]: fresh } },
      changed: false,
      kept: 0,
      dropped: 0,
    };
  }
  if (draft.version === instrument.version)
    return { state: { ...state, active: instrument.id }, changed: false, kept: 0, dropped: 0 };
  // The instrument changed since the draft began. An item keeps its id only while its meaning
  // stays the same (see docs/content-guide.md), so answers to ids that still exist carry over.
  const ids = new Set(instrument.items.map((i) => i.id));
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([k]) => ids.has(k)));
  const steps = stepsOf(instrument.items).length;
  const upgraded: Draft = {
    ...draft,
    version: instrument.version,
    answers,
    step: Math.min(draft.step, steps - 1),
  };
  const kept = Object.keys(answers).length;
  return {
    state: { ...state, active: instrument.id, drafts: { ...state.drafts, [instrument.id]: upgraded } },
    changed: true,
    kept,
    dropped: Object.keys(draft.answers).length - kept,
  };
}

const withDraft = (state: ScanState, instrumentId: string, update: (d: Draft) => Draft): ScanState => {
  const draft = state.drafts[instrumentId];
  return draft ? { ...state, drafts: { ...state.drafts, [instrumentId]: update(draft) } } : state;
};

export const answer = (
  state: ScanState,
  instrumentId: string,
  itemId: string,
  value: AnswerValue,
): ScanState => withDraft(state, instrumentId, (d) => ({ ...d, answers: { ...d.answers, [itemId]: value } }));

export const goToStep = (state: ScanState, instrumentId: string, step: number): ScanState =>
  withDraft(state, instrumentId, (d) => ({ ...d, step: Math.max(0, step) }));

/** Leaves the questions for the overview; the draft stays. */
export const leave = (state: ScanState): ScanState => ({ drafts: state.drafts, results: state.results });

export function discard(state: ScanState, instrumentId: string): ScanState {
  const drafts = { ...state.drafts };
  delete drafts[instrumentId];
  return { ...leave(state), drafts };
}

/** Turns the draft into a result with the date, version, answers and the scores as computed now. */
export function complete(
  state: ScanState,
  instrument: Instrument,
  now: Date,
  resultId = newResultId(now),
): { state: ScanState; result?: ScanResult } {
  const draft = state.drafts[instrument.id];
  if (!draft) return { state };
  const result: ScanResult = {
    id: resultId,
    instrument: instrument.id,
    version: instrument.version,
    completedAt: now.toISOString(),
    answers: { ...draft.answers },
    scores: scoreAnswers(instrument, draft.answers),
  };
  return { state: { ...discard(state, instrument.id), results: [...state.results, result] }, result };
}

/** Adds a result (from a link or a file) unless it is already there. */
export function addResult(state: ScanState, result: ScanResult): { state: ScanState; added: boolean } {
  if (state.results.some((r) => r.id === result.id)) return { state, added: false };
  return { state: { ...state, results: [...state.results, result] }, added: true };
}

export const removeResult = (state: ScanState, resultId: string): ScanState => ({
  ...state,
  results: state.results.filter((r) => r.id !== resultId),
});

/** Results of one instrument, newest first. */
export const resultsOf = (state: ScanState, instrumentId: string): ScanResult[] =>
  state.results
    .filter((r) => r.instrument === instrumentId)
    .sort((a, b) => b.completedAt.localeCompare(a.completedAt));
