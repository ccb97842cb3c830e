import { useState } from 'preact/hooks';
import type { SessionInstrument } from '../../data/session';
import type { Session } from '../../lib/session/codec';
import { sessionFragment } from '../../lib/session/link';
import { facilitatorText as t } from '../../i18n/session/facilitator';
import { siteHref } from '../shared/site-path';
import { CopyPanel } from '../shared/CopyPanel';
import { QrImage } from '../shared/QrImage';
import { printPart } from './print';

/** The session link, its QR code (large, for a projector) and the printable card for participants. */
export function SessionInvite({
  session,
  ins,
  say,
}: {
  session: Session;
  ins: SessionInstrument;
  say: (s: string) => void;
}) {
  const [card, setCard] = useState(false);
  const link = `${location.origin}${siteHref('scan/')}#${sessionFragment({ s: session.id, i: ins.id, v: session.version, k: session.publicKey, ...(session.label ? { n: session.label } : {}) })}`;
  // The card's QR code draws first; printing waits for it.
  const printCard = () => (card ? printPart('kaart') : setCard(true));

  return (
    <section class="session-invite no-print-report" aria-labelledby="sessie-uitnodigen">
      <h2 id="sessie-uitnodigen" class="no-print">
        {t.inviteTitle}
      </h2>
      <div class="no-print">
        <p>{t.inviteIntro}</p>
        <CopyPanel
          id="sessie-link"
          label={t.linkLabel}
          text={link}
          fieldClass="session-link text-control"
          texts={{ ...t, copy: t.copyLink }}
          say={say}
          after={
            <button type="button" class="button button--secondary" onClick={printCard}>
              {t.printCard}
            </button>
          }
          qr={
            <figure class="session-qr-large">
              <QrImage text={link} label={t.qrLabel} failed={t.loadFailed} />
              <figcaption>{t.qrCaption}</figcaption>
            </figure>
          }
        />
      </div>
      {card && (
        <div class="session-card" data-testid="instructiekaart">
          <h2 class="session-card__title">{t.cardTitle}</h2>
          {session.label && <p class="session-card__label">{session.label}</p>}
          <QrImage text={link} label={t.qrLabel} failed={t.loadFailed} onReady={() => printPart('kaart')} />
          <ol>
            {t.cardSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <p class="session-card__link">{link}</p>
        </div>
      )}
    </section>
  );
}
