import { useEffect, useRef } from 'preact/hooks';
import type { Instrument } from '../../../lib/scan/scoring';
import type { SessionLink } from '../../../lib/session/link';
import { participantText as t } from '../../../i18n/session/participant';

/**
 * Tells a participant they are in a group session: the public label the facilitator chose (text,
 * never markup), what leaves their device, and a way to begin.
 */
export function SessionBanner({
  link,
  ins,
  start,
  done,
}: {
  link: SessionLink;
  ins: Instrument;
  start: (ins: Instrument) => void;
  done: boolean;
}) {
  // Someone who opens a session link came for the session: bring it into view below the intro.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <section class="scan-banner session-banner" aria-labelledby="sessie-banner-titel">
      <h2 id="sessie-banner-titel" class="session-banner__title" tabIndex={-1} ref={title}>
        {t.bannerTitle}
      </h2>
      {link.n && <p class="session-banner__label">{t.bannerLabel(link.n)}</p>}
      <p>{t.bannerIntro(ins.title)}</p>
      {!done && (
        <p>
          <button type="button" class="button" onClick={() => start(ins)}>
            {t.begin(ins.title)}
          </button>
        </p>
      )}
    </section>
  );
}
