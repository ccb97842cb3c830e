import { foreignTool, type Tool } from '../../lib/core/fragment-owners';
import { toolNames } from '../../i18n/nl';
import { otherToolText as t } from '../../i18n/core/other-tool';
import { siteHref } from './site-path';

/** Says which tool a link was made for, when not for this page's, and links there with its fragment. */
export function OtherToolNotice({ hash, here }: { hash: string; here?: Tool | undefined }) {
  const tool = foreignTool(hash, here);
  if (!tool) return null;
  const { name, href } = toolNames[tool];
  return (
    <div class="storage-notice" role="status">
      <p>{t.belongs(name)}</p>
      <p class="storage-notice__actions">
        <a href={siteHref(href) + hash}>{t.open(name)}</a>
      </p>
    </div>
  );
}
