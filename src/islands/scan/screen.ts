import type { ScanResult } from '../../lib/scan/scoring';

// The result, comparison and chart load when first needed (or when the last step comes up), not
// with the page: the first view is the choice of instrument or the step the visitor was on.
export type Views = typeof import('./ScanResult');
let views: Promise<Views> | undefined;
export const loadViews = () => (views ??= import('./ScanResult'));
/** After a failed load, the next try imports again. */
export const forgetViews = () => {
  views = undefined;
};

export type Screen =
  | { kind: 'overview' }
  | { kind: 'link' }
  | { kind: 'steps'; ins: string; showOpen?: boolean }
  | { kind: 'review'; ins: string }
  | { kind: 'result'; id: string }
  | { kind: 'shared'; result: ScanResult }
  | { kind: 'compare'; a: string; b: string };
