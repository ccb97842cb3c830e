import { useEffect, useRef } from 'preact/hooks';
import { readPlace, withPlace, type ScanPlace } from '../../lib/scan/place';

/** Records a place as a new history entry, or in the current one (`replace`). */
export function rememberPlace(place: ScanPlace, replace = false) {
  const state = withPlace(history.state, place);
  if (replace) history.replaceState(state, '');
  else history.pushState(state, '');
}

/**
 * Back and Forward inside the scan: each screen and step the visitor moves to is an entry of its
 * own (`rememberPlace`), and going back to one calls `restore` with it (`moved`: by the visitor,
 * not by a reload). Entries without a place (a heading's anchor, the page before) are left to the
 * browser.
 */
export function useScanHistory(restore: (place: ScanPlace, moved: boolean) => void) {
  const latest = useRef(restore);
  latest.current = restore;
  useEffect(() => {
    const here = readPlace(history.state);
    if (here) latest.current(here, false);
    else rememberPlace({ kind: 'overview' }, true);
    const onPop = (e: PopStateEvent) => {
      const place = readPlace(e.state);
      if (place) latest.current(place, true);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
}
