import { lazyPart } from '../shared/lazy-part';
import type { ScanResult } from '../../lib/scan/scoring';

// The result, comparison and chart load when first needed (or when the last step comes up), not
// with the page: the first view is the choice of instrument or the step the visitor was on.
export const views = lazyPart(() => import('./ScanResult'));

export type Screen =
  | { kind: 'overview' }
  | { kind: 'link' }
  | { kind: 'steps'; ins: string; showOpen?: boolean }
  | { kind: 'review'; ins: string }
  | { kind: 'result'; id: string }
  | { kind: 'shared'; result: ScanResult }
  | { kind: 'compare'; a: string; b: string };
