import type { ResolvedAction } from '../../lib/repair/catalogue';
import { stepText as t } from '../../i18n/repair/steps';

/** Why an action fits, with its source and the chapter section behind it. */
export function ActionSource({ action }: { action: ResolvedAction }) {
  return (
    <>
      <p class="action__why">
        <strong>{t.why}:</strong> {action.why}{' '}
        <span class="cite">
          <a href={action.sourceHref}>{action.cite}</a>
        </span>
      </p>
      <p class="action__more">
        {t.readMore}: <a href={action.sectionHref}>{action.sectionTitle}</a> ({action.chapterTitle})
      </p>
    </>
  );
}
