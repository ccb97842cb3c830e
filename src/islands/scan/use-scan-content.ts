import { useEffect, useState } from 'preact/hooks';
import type { ScanContent } from '../../lib/scan/content';
import { usePart } from '../shared/lazy-part';
import { content as part } from './screen';

type Then = (content: ScanContent) => void;

/**
 * The instruments in full, loaded while `wanted`. `withContent` runs what needs them at once when
 * they are here, else as soon as they arrive, in the order asked, loading them meanwhile
 * (`waiting`); a failure waits for `retry`.
 */
export function useScanContent(wanted: boolean) {
  const [waiting, setWaiting] = useState<Then[]>([]);
  const { value, failed, retry } = usePart(part, wanted || waiting.length > 0);
  useEffect(() => {
    if (!value || waiting.length === 0) return;
    setWaiting([]);
    for (const then of waiting) then(value);
  }, [value, waiting]);
  const withContent = (then: Then) => {
    const loaded = part.loaded();
    if (loaded) then(loaded);
    else setWaiting((w) => [...w, then]);
  };
  return { content: value, failed, retry, waiting: waiting.length > 0, withContent };
}
