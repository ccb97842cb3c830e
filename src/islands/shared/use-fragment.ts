import { useEffect } from 'preact/hooks';
import type { Fragment } from '../../lib/core/fragment';

/**
 * Reads the URL fragment with `read` when the island starts (`arrival`) and again whenever it
 * changes while the page is open, e.g. a share link followed on the same page.
 */
export function useFragment<T, P extends string>(
  read: (hash: string) => Fragment<T, P>,
  on: (fragment: Fragment<T, P>, arrival: boolean) => void,
) {
  useEffect(() => {
    on(read(location.hash), true);
    const onHash = () => on(read(location.hash), false);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
}
