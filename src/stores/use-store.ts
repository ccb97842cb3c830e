import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

/**
 * The store's current value, re-rendering when it changes. Re-renders wait a tick, so several
 * changes in one handler render once.
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState({});
  const rendered = store.get();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      timer ??= setTimeout(() => {
        timer = undefined;
        rerender({});
      });
    };
    // A change between this render and subscribing would otherwise be missed.
    if (store.get() !== rendered) later();
    const unlisten = store.listen(later);
    return () => {
      unlisten();
      clearTimeout(timer);
    };
  }, [store]);
  return rendered;
}
