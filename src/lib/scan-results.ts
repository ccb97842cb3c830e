import * as z from 'zod/mini';
import type { Codec } from './storage';
import type { ShareFormat } from './share-code';
import { scoreAnswers, SCALE_POINTS, stepsOf, type Instrument, type ScanResult } from './scan';

/**
 * What the scan keeps on this device: a draft per instrument (answers by item id and the step the
 * visitor was on) and the completed results. A result keeps the instrument version and the answers
 * by item id, so a later edit to the items never silently changes what an old result means.
 */

const id = z.string().check(z.regex(/^[a-z0-9-]+$/));
const answers = z.record(id, z.int().check(z.gte(0), z.lte(SCALE_POINTS)));

const resultSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]{4,40}$/)),
  instrument: id,
  version: z.int().check(z.gte(1)),
  completedAt: z.string().check(z.regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/)),
  answers,
  scores: z.record(id, z.nullable(z.int().check(z.gte(0), z.lte(100)))),
});

const draftSchema = z.object({
  version: z.int().check(z.gte(1)),
  answers,
  step: z.int().check(z.gte(0)),
  startedAt: z.string(),
});

export type Draft = z.infer<typeof draftSchema>;

const stateSchema = z.object({
  /** The instrument the visitor is filling in right now, to resume there after a reload. */
  active: z.optional(id),
  drafts: z.record(id, draftSchema),
  results: z.array(resultSchema),
});

export type ScanState = z.infer<typeof stateSchema>;

export const emptyScanState = (): ScanState => ({ drafts: {}, results: [] });

export const scanCodec: Codec<ScanState> = {
  key: 'vw:scan',
  version: 1,
  schema: stateSchema,
  empty: emptyScanState,
};

/** A result in a share link: read-only for whoever opens it. */
export const scanResultFormat: ShareFormat<ScanResult> = {
  prefix: 'scan-resultaat',
  version: 1,
  schema: resultSchema,
};

export const newResultId = (now: Date) => now.getTime().toString(36) + Math.random().toString(36).slice(2, 8);

/** Starts a draft for an instrument, or continues the one there is, and makes it the active one. */
export function open(state: ScanState, instrument: Instrument, now: Date): { state: ScanState; changed: boolean } {
  const draft = state.drafts[instrument.id];
  if (!draft) {
    const fresh: Draft = { version: instrument.version, answers: {}, step: 0, startedAt: now.toISOString() };
    return { state: { ...state, active: instrument.id, drafts: { ...state.drafts, [instrument.id]: fresh } }, changed: false };
  }
  if (draft.version === instrument.version) return { state: { ...state, active: instrument.id }, changed: false };
  // The instrument changed since the draft began. An item keeps its id only while its meaning
  // stays the same (see docs/content-guide.md), so answers to ids that still exist carry over.
  const ids = new Set(instrument.items.map((i) => i.id));
  const kept = Object.fromEntries(Object.entries(draft.answers).filter(([k]) => ids.has(k)));
  const steps = stepsOf(instrument.items).length;
  const upgraded: Draft = { ...draft, version: instrument.version, answers: kept, step: Math.min(draft.step, steps - 1) };
  return { state: { ...state, active: instrument.id, drafts: { ...state.drafts, [instrument.id]: upgraded } }, changed: true };
}

const withDraft = (state: ScanState, instrumentId: string, update: (d: Draft) => Draft): ScanState => {
  const draft = state.drafts[instrumentId];
  return draft ? { ...state, drafts: { ...state.drafts, [instrumentId]: update(draft) } } : state;
};

export const answer = (state: ScanState, instrumentId: string, itemId: string, value: number): ScanState =>
  withDraft(state, instrumentId, (d) => ({ ...d, answers: { ...d.answers, [itemId]: value } }));

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
export function complete(state: ScanState, instrument: Instrument, now: Date, resultId = newResultId(now)): { state: ScanState; result?: ScanResult } {
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

export const removeResult = (state: ScanState, resultId: string): ScanState => ({ ...state, results: state.results.filter((r) => r.id !== resultId) });

/** Results of one instrument, newest first. */
export const resultsOf = (state: ScanState, instrumentId: string): ScanResult[] =>
  state.results.filter((r) => r.instrument === instrumentId).sort((a, b) => b.completedAt.localeCompare(a.completedAt));

export const FILE_APP = 'vertrouwenswijzer';
export const FILE_KIND = 'scan-resultaat';
export const FILE_FORMAT = 1;

/** One result as a JSON file to download. */
export const resultFile = (result: ScanResult): string =>
  JSON.stringify({ app: FILE_APP, kind: FILE_KIND, format: FILE_FORMAT, result: resultSchema.parse(result) }, null, 2);

const fileSchema = z.object({ app: z.literal(FILE_APP), kind: z.literal(FILE_KIND), format: z.int(), result: z.unknown() });

export type FileProblem = 'too-large' | 'not-json' | 'not-ours' | 'too-new' | 'invalid' | 'unknown-instrument';

/** Checks a downloaded result file completely before anything is kept. */
export function parseResultFile(text: string, instrumentIds: readonly string[]): { ok: true; result: ScanResult } | { ok: false; problem: FileProblem } {
  if (text.length > 100_000) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) return { ok: false, problem: 'not-ours' };
  if (file.data.format > FILE_FORMAT) return { ok: false, problem: 'too-new' };
  const result = resultSchema.safeParse(file.data.result);
  if (!result.success) return { ok: false, problem: 'invalid' };
  if (!instrumentIds.includes(result.data.instrument)) return { ok: false, problem: 'unknown-instrument' };
  return { ok: true, result: result.data };
}
