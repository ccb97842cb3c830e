import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../stores/use-store';
import { $notices } from '../../stores/site-storage';
import { lazyPart, usePart } from './lazy-part';

// Notices are rare: their texts and buttons load only when there is one to show.
const list = lazyPart(() => import('./StorageNoticeList'));

/** Tells the visitor what happened to their saved data for these keys; the page keeps working. */
export function StorageNotices({ keys }: { keys: string[] }) {
  // The server renders no notice: showing one while hydrating would make Preact reuse the next
  // server element for it, keeping that element's class and role.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const notices = useStore($notices).filter((n) => keys.includes(n.key));
  const { value } = usePart(list, mounted && notices.length > 0);
  if (!mounted || !value || notices.length === 0) return null;
  return <value.StorageNoticeList keys={keys} all={notices} />;
}
