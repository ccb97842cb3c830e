import * as z from 'zod/mini';
import type { Codec } from './storage';
import type { ShareFormat } from './share-code';
import type { ScanResult } from './scan';

/**
 * What the scan keeps on this device: a draft per instrument (answers by item id and the step the
 * visitor was on) and the completed results. A result keeps the instrument version and the answers
 * by item id, so a later edit to the items never silently changes what an old result means.
 * (Kept apart from the scan's rules so Mijn gegevens can check a backup without loading them.)
 */

// Deliberately plain (no string patterns or number ranges): those checks would land in the zod code
// every page shares. What the scan's rules need beyond the shape, they check themselves
// (src/lib/scan-profile.ts: isSoundResult), and answers outside 0–5 never pass.
const answers = z.record(z.string(), z.literal([0, 1, 2, 3, 4, 5]));

export const resultSchema = z.object({
  id: z.string(),
  instrument: z.string(),
  version: z.int(),
  completedAt: z.string(),
  answers,
  scores: z.record(z.string(), z.nullable(z.number())),
});

const draftSchema = z.object({
  version: z.int(),
  answers,
  step: z.int(),
  startedAt: z.string(),
});

export type Draft = z.infer<typeof draftSchema>;

const stateSchema = z.object({
  /** The instrument the visitor is filling in right now, to resume there after a reload. */
  active: z.optional(z.string()),
  drafts: z.record(z.string(), draftSchema),
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
