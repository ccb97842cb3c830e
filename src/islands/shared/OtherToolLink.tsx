import { useEffect, useState } from 'preact/hooks';
import type { Tool } from '../../lib/core/fragment-owners';
import type * as NoticeModule from './OtherToolNotice';

type Part = typeof NoticeModule;

/**
 * When the page was opened with a link made for another tool, says which tool and links there, so
 * a link pasted on the wrong page is not silently ignored. The notice's code loads only for a
 * fragment of the `#<key>=…` shape tool links have (headings never have "="); the server renders
 * nothing, as the fragment never reaches it.
 */
export function OtherToolLink({ here }: { here?: Tool }) {
  const [hash, setHash] = useState('');
  const [part, setPart] = useState<Part>();
  useEffect(() => {
    const read = () => {
      setHash(location.hash);
      if (/^#[a-z0-9-]+=/.test(location.hash)) import('./OtherToolNotice').then(setPart, () => undefined);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);
  return part ? <part.OtherToolNotice hash={hash} here={here} /> : null;
}
