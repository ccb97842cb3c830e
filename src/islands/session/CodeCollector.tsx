import { useRef, useState } from 'preact/hooks';
import type { SessionInstrument } from '../../data/session';
import type { Session } from '../../lib/session/codec';
import { MAX_PASTE_CHARS } from '../../lib/session/paste';
import { closeSession, receiveText, reopenSession } from '../../stores/session';
import { facilitatorText as t } from '../../i18n/session/facilitator';
import { reportOf, type Report } from './receipts';
import type * as CameraModule from './CameraScanner';

type Camera = typeof CameraModule;
let camera: Promise<Camera> | undefined;

/** Codes come in three ways, each counted at once and explained when they do not count. */
export function CodeCollector({ session, ins }: { session: Session; ins: SessionInstrument }) {
  const paste = useRef<HTMLTextAreaElement>(null);
  const [report, setReport] = useState<Report>();
  const [busy, setBusy] = useState(false);
  const [cam, setCam] = useState<Camera>();
  const [camFailed, setCamFailed] = useState(false);

  const take = async (text: string) => {
    setBusy(true);
    const r = reportOf(await receiveText(text, ins.scales.length));
    setBusy(false);
    setReport(r);
    return r;
  };
  const addPasted = async (event: Event) => {
    event.preventDefault();
    const area = paste.current!;
    const r = await take(area.value);
    if (!r.problem) area.value = '';
  };
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_PASTE_CHARS) return setReport({ problem: true, lines: [t.fileTooLarge] });
    await take(await file.text());
  };
  const openCamera = () => {
    setCamFailed(false);
    (camera ??= import('./CameraScanner')).then(setCam, () => {
      camera = undefined;
      setCamFailed(true);
    });
  };
  const Scanner = cam?.CameraScanner;

  return (
    <section class="session-collect no-print" aria-labelledby="sessie-verzamelen">
      <h2 id="sessie-verzamelen">{t.collectTitle}</h2>
      <p class="session-count" role="status">
        {t.received(session.entries.length)}
      </p>
      {session.closed && <p class="session-note">{t.closedNote}</p>}
      <p>
        <button
          type="button"
          class="button button--secondary"
          onClick={session.closed ? reopenSession : closeSession}
        >
          {session.closed ? t.reopen : t.close}
        </button>
      </p>
      <form onSubmit={addPasted} class="session-paste">
        <label for="sessie-codes">{t.pasteLabel}</label>
        <span id="sessie-codes-uitleg" class="field__hint">
          {t.pasteHint}
        </span>
        <textarea
          id="sessie-codes"
          class="text-control"
          ref={paste}
          rows={5}
          aria-describedby="sessie-codes-uitleg"
          spellcheck={false}
          autocomplete="off"
        />
        <p class="button-row">
          <button type="submit" class="button" disabled={busy}>
            {busy ? t.reading : t.add}
          </button>
          <label class="button button--secondary file-button">
            {t.fileLabel}
            <input type="file" accept="text/plain,.txt,.csv" class="sr-only" onChange={onFile} />
          </label>
          {!Scanner && (
            <button type="button" class="button button--secondary" onClick={openCamera}>
              {t.camera}
            </button>
          )}
        </p>
      </form>
      {report && (
        <div
          class={report.problem ? 'session-problem' : 'session-note'}
          role={report.problem ? 'alert' : 'status'}
          data-testid="ontvangst"
        >
          {report.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      )}
      {camFailed && (
        <p class="session-problem" role="alert">
          {t.loadFailed}
        </p>
      )}
      {Scanner && <Scanner onText={take} onClose={() => setCam(undefined)} />}
    </section>
  );
}
