import { useEffect, useState } from 'preact/hooks';
import type { Instrument, ScanResult } from '../../../lib/scan/scoring';
import type { SessionLink } from '../../../lib/session/link';
import { makeParticipantCode } from '../../../lib/session/code';
import { removeResult } from '../../../lib/scan/draft';
import { $scan } from '../../../stores/scan';
import { participantText as t } from '../../../i18n/session/participant';
import { CopyPanel } from '../../shared/CopyPanel';
import { QrImage } from '../../shared/QrImage';

interface Props {
  link: SessionLink;
  ins: Instrument;
  result: ScanResult;
  /** Whether the result is still kept on this device. */
  kept: boolean;
}

/** The participant code for a result: as text to copy, as a QR code to hold up, and to share. */
export function ParticipantCode({ link, ins, result, kept }: Props) {
  const [code, setCode] = useState('');
  const [failed, setFailed] = useState(false);
  const [said, say] = useState('');
  const scores = ins.scales.map((s) => result.scores[s.id] ?? null);

  useEffect(() => {
    let live = true;
    makeParticipantCode({
      sessionId: link.s,
      publicKey: link.k,
      instrumentVersion: ins.version,
      resultId: result.id,
      scores,
      date: new Date(result.completedAt),
    }).then(
      (c) => live && setCode(c),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [result.id, link.s]);

  const share = () => navigator.share({ title: t.shareTitle, text: code }).catch(() => undefined);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  return (
    <section class="session-code" aria-labelledby="deelnamecode-titel">
      <h2 id="deelnamecode-titel">{t.codeTitle}</h2>
      {failed ? (
        <p class="scan-problem" role="alert">
          {t.makeFailed}
        </p>
      ) : !code ? (
        <p role="status">{t.making}</p>
      ) : (
        <>
          <p>{t.codeIntro}</p>
          {scores.includes(null) && <p class="scan-note">{t.tooFewScores}</p>}
          <CopyPanel
            id="deelnamecode"
            label={t.codeLabel}
            text={code}
            rows={4}
            fieldClass="session-code__text"
            texts={t}
            say={say}
            before={
              canShare && (
                <button type="button" class="button button--secondary" onClick={share}>
                  {t.share}
                </button>
              )
            }
            qr={
              <div class="session-code__qr">
                <QrImage text={code} label={t.qrLabel} failed={t.qrLoadFailed} />
              </div>
            }
          />
        </>
      )}
      <h3>{t.keepTitle}</h3>
      {kept ? (
        <>
          <p>{t.keepIntro}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => ($scan.set(removeResult($scan.get(), result.id)), say(t.forgotten))}
          >
            {t.forget}
          </button>
        </>
      ) : (
        <p>{t.forgotten}</p>
      )}
      <p class="sr-only" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
