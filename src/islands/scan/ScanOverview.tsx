import { useState } from 'preact/hooks';
import type { Instrument, ScanResult } from '../../lib/scan/scoring';
import { addResult, discard, removeResult, resultsOf, type ScanState } from '../../lib/scan/draft';
import { $scan } from '../../stores/scan';
import { scanText as t } from '../../i18n/scan/scan';
import { loadViews, type Screen, type Views } from './screen';
import { ScanCompareForm } from './ScanCompareForm';

/** The first screen: the instruments to choose from, the history of results, and importing one. */
export function ScanOverview({
  instruments,
  state,
  live,
  start,
  go,
  say,
}: {
  instruments: Instrument[];
  state: ScanState;
  /** False until running in the browser: the buttons do nothing before that, so they say so. */
  live: boolean;
  start: (ins: Instrument) => void;
  go: (s: Screen) => void;
  say: (s: string) => void;
}) {
  const [confirm, setConfirm] = useState('');
  const [pending, setPending] = useState<ScanResult | null>(null);
  const [fileMessage, setFileMessage] = useState('');
  const title = (id: string) => instruments.find((i) => i.id === id)?.title ?? id;

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    setPending(null);
    if (!file) return;
    let v: Views;
    try {
      v = await loadViews();
    } catch {
      return setFileMessage(t.loadFailed);
    }
    const parsed = v.parseResultFile(await file.text(), instruments.map((i) => i.id));
    if (!parsed.ok) return setFileMessage(`${t.importFailed} ${v.scanResultText.fileProblem[parsed.problem]} ${t.nothingChanged}`);
    setFileMessage('');
    setPending(parsed.result);
  };

  return (
    <>
      <section aria-labelledby="scan-kies">
        <h2 id="scan-kies" tabIndex={-1} data-focus>
          {t.chooseTitle}
        </h2>
        <ul class="card-list card-list--2">
          {instruments.map((ins) => {
            const draft = state.drafts[ins.id];
            const answered = draft ? ins.items.filter((i) => draft.answers[i.id] !== undefined).length : 0;
            return (
              <li class="card card--static scan-card" id={ins.id} key={ins.id}>
                <h3>{ins.title}</h3>
                <p>{ins.summary}</p>
                <p class="card__meta">{t.meta(ins.items.length, ins.minutes)}</p>
                {draft && <p class="card__meta">{t.inProgress(answered, ins.items.length)}</p>}
                {confirm === `opnieuw:${ins.id}` ? (
                  <div class="confirm" role="group" aria-label={t.restart}>
                    <p>{t.restartConfirm}</p>
                    <p class="button-row">
                      <button
                        type="button"
                        class="button"
                        onClick={() => {
                          setConfirm('');
                          $scan.set(discard($scan.get(), ins.id));
                          start(ins);
                        }}
                      >
                        {t.restartYes}
                      </button>
                      <button type="button" class="button button--secondary" onClick={() => setConfirm('')}>
                        {t.cancel}
                      </button>
                    </p>
                  </div>
                ) : (
                  <p class="button-row">
                    <button type="button" class="button" disabled={!live} onClick={() => start(ins)} aria-label={draft ? t.resumeLabel(ins.title) : t.startLabel(ins.title)}>
                      {draft ? t.resume : t.start}
                    </button>
                    {draft && (
                      <button type="button" class="button button--secondary" onClick={() => setConfirm(`opnieuw:${ins.id}`)}>
                        {t.restart}
                      </button>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="scan-geschiedenis">
        <h2 id="scan-geschiedenis">{t.historyTitle}</h2>
        <p>{state.results.length ? t.historyIntro : t.historyEmpty}</p>
        {instruments.map((ins) => {
          const results = resultsOf(state, ins.id);
          if (results.length === 0) return null;
          return (
            <div key={ins.id} class="scan-history">
              <h3>{ins.title}</h3>
              <ul class="scan-history__list">
                {results.map((r) => {
                  const when = t.dateTime(r.completedAt);
                  return (
                    <li key={r.id}>
                      <span>{when}</span>{' '}
                      <button type="button" class="linkish" aria-label={t.viewLabel(when)} onClick={() => go({ kind: 'result', id: r.id })}>
                        {t.view}
                      </button>{' '}
                      <button type="button" class="linkish" aria-label={t.removeLabel(when)} onClick={() => setConfirm(`weg:${r.id}`)}>
                        {t.remove}
                      </button>
                      {confirm === `weg:${r.id}` && (
                        <div class="confirm" role="group" aria-label={t.removeLabel(when)}>
                          <p>{t.removeConfirm(when)}</p>
                          <p class="button-row">
                            <button
                              type="button"
                              class="button"
                              onClick={() => {
                                setConfirm('');
                                $scan.set(removeResult($scan.get(), r.id));
                                say(t.removed);
                              }}
                            >
                              {t.removeYes}
                            </button>
                            <button type="button" class="button button--secondary" onClick={() => setConfirm('')}>
                              {t.cancel}
                            </button>
                          </p>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
              {results.length > 1 && <ScanCompareForm ins={ins} results={results} go={go} />}
            </div>
          );
        })}

        <h3>{t.importTitle}</h3>
        <p>{t.importIntro}</p>
        <label class="button button--secondary file-button">
          {t.import}
          <input type="file" accept="application/json,.json" class="sr-only" disabled={!live} onChange={onFile} />
        </label>
        {fileMessage && (
          <p class="scan-problem" role="alert">
            {fileMessage}
          </p>
        )}
        {pending && (
          <div class="confirm" role="group" aria-labelledby="scan-import-title">
            <p id="scan-import-title">
              <strong>{t.importConfirm(title(pending.instrument), t.dateTime(pending.completedAt))}</strong>
            </p>
            <p class="button-row">
              <button
                type="button"
                class="button"
                onClick={() => {
                  $scan.set(addResult($scan.get(), pending).state);
                  setPending(null);
                  say(t.imported);
                }}
              >
                {t.importYes}
              </button>
              <button type="button" class="button button--secondary" onClick={() => setPending(null)}>
                {t.cancel}
              </button>
            </p>
          </div>
        )}
      </section>
    </>
  );
}
