import * as v from 'valibot';
import type { ShareFormat } from '../core/share-code';

/**
 * From a scan result to the repair-plan builder: which instrument, and the growth areas (scale
 * ids, weakest first) to build development actions for. Carried in the builder's URL fragment.
 */
export interface ScanHandoff {
  instrument: string;
  scales: string[];
}

const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/));

export const scanHandoffFormat: ShareFormat<ScanHandoff> = {
  prefix: 'vanuit-scan',
  version: 1,
  schema: v.object({
    instrument: id,
    scales: v.pipe(v.array(id), v.minLength(1), v.maxLength(4)),
  }),
};
