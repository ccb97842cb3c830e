import { decodeShare, type ShareProblem } from '../core/share-code';
import { fragmentProblem, fragmentValue, thenFragment, type Fragment } from '../core/fragment';
import { scanHandoffFormat } from '../scan/handoff';
import { currentScanScales, type ScanScale } from './ids';

/** What a link from the scan offers the builder: the growth areas it knows, and those it does not. */
export interface HandoffStart {
  instrument: string;
  scales: ScanScale[];
  unknown: string[];
}

export type HandoffProblem = ShareProblem | 'no-known-scales';

/** Reads the scan's hand-off from a URL hash; a link without one growth area the builder knows is a problem. */
export function readScanHandoff(hash: string): Fragment<HandoffStart, HandoffProblem> {
  return thenFragment(decodeShare(scanHandoffFormat, hash), ({ instrument, scales: ids }) => {
    // A link from a result of version 1 of the scan may name a scale that was split since.
    const { scales, unknown } = currentScanScales(ids);
    if (scales.length === 0) return fragmentProblem('no-known-scales');
    return fragmentValue({ instrument, scales, unknown });
  });
}
