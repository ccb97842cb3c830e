import * as z from 'zod/mini';
import type { ShareFormat } from './share-code';

/**
 * From a scan result to the repair-plan builder: which instrument, and the growth areas (scale
 * ids, weakest first) to build development actions for. Carried in the builder's URL fragment.
 */
export interface ScanHandoff {
  instrument: string;
  scales: string[];
}

const id = z.string().check(z.regex(/^[a-z0-9-]+$/));

export const scanHandoffFormat: ShareFormat<ScanHandoff> = {
  prefix: 'vanuit-scan',
  version: 1,
  schema: z.object({
    instrument: id,
    scales: z.array(id).check(z.minLength(1), z.maxLength(4)),
  }),
};
