import * as v from 'valibot';
import { int } from '../core/codec-parts';
import type { Codec } from '../core/storage';
import type { ShareFormat } from '../core/share-code';
import type { ScanResult } from './scoring';

/**
 * What the scan keeps on this device: a draft per instrument (answers by item id and the step the
 * visitor was on) and the completed results. A result keeps the instrument version and the answers
 * by item id, so a later edit to the items never silently changes what an old result means.
 * (Kept apart from the scan's rules so Mijn gegevens can check a backup without loading them.)
 */

// The shape only: what the scan's rules need beyond it they check themselves
// (src/lib/scan/profile.ts: isSoundResult), and answers outside 0–5 never pass.
const answers = v.record(v.string(), v.picklist([0, 1, 2, 3, 4, 5]));

export const resultSchema = v.object({
  id: v.string(),
  instrument: v.string(),
  version: int,
  completedAt: v.string(),
  answers,
  scores: v.record(v.string(), v.nullable(v.number())),
});

const draftSchema = v.object({
  version: int,
  answers,
  step: int,
  startedAt: v.string(),
});

export type Draft = v.InferOutput<typeof draftSchema>;

const stateSchema = v.object({
  /** The instrument the visitor is filling in right now, to resume there after a reload. */
  active: v.optional(v.string()),
  drafts: v.record(v.string(), draftSchema),
  results: v.array(resultSchema),
});

export type ScanState = v.InferOutput<typeof stateSchema>;

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
