import { useEffect, useState } from 'preact/hooks';

/** Code that loads when first needed, once; after a failure the next try imports again. */
export interface LazyPart<T> {
  load: () => Promise<T>;
  /** The part, if it has loaded. */
  loaded: () => T | undefined;
}

export function lazyPart<T>(importer: () => Promise<T>): LazyPart<T> {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (v) => (value = v),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    loaded: () => value,
  };
}

/** Loads a part while `wanted`, re-rendering when it arrives; a failure waits for `retry`. */
export function usePart<T>(
  part: LazyPart<T>,
  wanted = true,
): { value: T | undefined; failed: boolean; retry: () => void } {
  const [, arrived] = useState(0);
  const [failed, setFailed] = useState(false);
  const value = part.loaded();
  useEffect(() => {
    if (value !== undefined || failed || !wanted) return;
    let alive = true;
    part.load().then(
      () => alive && arrived((n) => n + 1),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [part, wanted, failed, value]);
  return { value, failed, retry: () => setFailed(false) };
}
