import { lazyPart } from '../shared/lazy-part';
import type { ScanResult } from '../../lib/scan/scoring';
import type { ScanState } from '../../lib/scan/draft';
import type { ScanPlace } from '../../lib/scan/place';

// The result, comparison and chart load when first needed (or when the last step comes up), not
// with the page: the first view is the choice of instrument or the step the visitor was on.
export const views = lazyPart(() => import('./ScanResult'));

// The instruments in full (items, scales, advice) and the sections their results link to: read
// when the visitor starts, resumes or opens a result; the page carries only what the first screen shows.
export const content = lazyPart(() => import('./content-data').then((m) => m.loadScanContent()));

export type Screen =
  | { kind: 'overview' }
  | { kind: 'link' }
  | { kind: 'steps'; ins: string; showOpen?: boolean }
  | { kind: 'review'; ins: string }
  | { kind: 'result'; id: string }
  | { kind: 'shared'; result: ScanResult }
  | { kind: 'compare'; a: string; b: string };

/** The history place of a screen; a link or a shared result lives in the URL fragment instead. */
export function placeOf(screen: Screen, state: ScanState): ScanPlace | undefined {
  switch (screen.kind) {
    case 'overview':
    case 'result':
    case 'compare':
      return screen.kind === 'overview' ? { kind: 'overview' } : { ...screen };
    case 'steps':
      return { kind: 'steps', ins: screen.ins, step: state.drafts[screen.ins]?.step ?? 0 };
    case 'review':
      return { kind: 'review', ins: screen.ins };
    default:
      return undefined;
  }
}
