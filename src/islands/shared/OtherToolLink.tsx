import { useEffect, useState } from 'preact/hooks';
import { foreignTool, type Tool } from '../../lib/core/fragment-owners';
import { toolNames } from '../../i18n/nl';
import { otherToolText as t } from '../../i18n/core/other-tool';

/**
 * When the page was opened with a link made for another tool, says which tool and links there with
 * the same fragment, so a link pasted on the wrong page is not silently ignored.
 */
export function OtherToolLink({ here }: { here?: Tool }) {
  const [hash, setHash] = useState('');
  useEffect(() => {
    const read = () => setHash(location.hash);
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);
  const tool = foreignTool(hash, here);
  if (!tool) return null;
  const { name, href } = toolNames[tool];
  return (
    <div class="storage-notice" role="status">
      <p>{t.belongs(name)}</p>
      <p class="storage-notice__actions">
        <a href={href + hash}>{t.open(name)}</a>
      </p>
    </div>
  );
}
