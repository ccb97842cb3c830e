import { stepsOf, type Instrument } from '../../lib/scan/scoring';
import type { ScanContent } from '../../lib/scan/content';
import type { ScanPlace } from '../../lib/scan/place';
import { $scan, goToScanStep, leaveScan, openScan } from '../../stores/scan';
import { scanText as t } from '../../i18n/scan/scan';
import { rememberPlace, useScanHistory } from './use-scan-history';
import type { Screen } from './screen';

/** Shows a screen with a note; `focus` moves focus to it (only when the visitor moved). */
type Show = (next: Screen, message?: string, focus?: boolean) => void;
/** Runs what needs the instruments in full once they are here (see use-scan-content.ts). */
type WithContent = (then: (content: ScanContent) => void) => void;

const find = (content: ScanContent, id: string) => content.instruments.find((i) => i.id === id);

/**
 * Where the scan opens and where Back and Forward take it: a place in the browser's history (after
 * Back, Forward or a reload) is shown again if what it shows still exists, else the overview; and
 * `resume` reopens the draft the visitor was filling in when they left the page. A draft's place
 * waits for the instruments in full; nothing else does.
 */
export function useScanRestore(withContent: WithContent, show: Show): () => void {
  const resume = () => {
    const active = $scan.get().active;
    if (!active || !$scan.get().drafts[active]) return;
    withContent((content) => {
      const ins = find(content, active);
      if (!ins || !$scan.get().drafts[ins.id]) return;
      const changed = openScan(ins);
      show(
        { kind: 'steps', ins: ins.id },
        changed ? t.changedSinceStart(changed.kept, changed.dropped) : t.resumed,
        false,
      );
      rememberPlace({ kind: 'steps', ins: ins.id, step: $scan.get().drafts[ins.id]?.step ?? 0 }, true);
    });
  };

  const restoreWith = (ins: Instrument | undefined, place: ScanPlace, moved: boolean) => {
    const to = (next: Screen) => show(next, '', moved);
    const now = $scan.get();
    if (place.kind === 'steps' && ins && now.drafts[ins.id]) {
      openScan(ins);
      goToScanStep(ins.id, Math.min(place.step, stepsOf(ins.items).length - 1));
      return to({ kind: 'steps', ins: ins.id });
    }
    if (place.kind === 'review' && ins && now.drafts[ins.id]) return to({ kind: 'review', ins: ins.id });
    const has = (id: string) => now.results.some((r) => r.id === id);
    if (place.kind === 'result' && has(place.id)) return to({ kind: 'result', id: place.id });
    if (place.kind === 'compare' && has(place.a) && has(place.b))
      return to({ kind: 'compare', a: place.a, b: place.b });
    leaveScan();
    to({ kind: 'overview' });
  };
  const restore = (place: ScanPlace, moved: boolean) => {
    if ('ins' in place && $scan.get().drafts[place.ins])
      withContent((content) => restoreWith(find(content, place.ins), place, moved));
    else restoreWith(undefined, place, moved);
  };

  useScanHistory(restore);
  return resume;
}
