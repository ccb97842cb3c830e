import { useState } from 'preact/hooks';
import type { Instrument, ScanResult } from '../../lib/scan/scoring';
import type { InstrumentSummary } from '../../lib/scan/content';
import { resultsOf, type ScanState } from '../../lib/scan/draft';
import { resultLabels } from '../../lib/scan/labels';
import { discardScanDraft, keepScanResult, removeScanResult } from '../../stores/scan';
import { scanText as t } from '../../i18n/scan/scan';
import { views, type Screen } from './screen';
import { Confirm } from '../shared/Confirm';
import { FileImport } from '../shared/FileImport';
import { ScanCompareForm } from './ScanCompareForm';

/** The first screen: the instruments to choose from, the history of results, and importing one. */
export function ScanOverview({
  instruments,
  full,
  state,
  live,
  start,
  go,
  say,
}: {
  instruments: InstrumentSummary[];
  /** The instruments in full, once loaded: a draft's progress counts its answers to current items. */
  full: Instrument[] | undefined;
  state: ScanState;
  /** False until running in the browser: the buttons do nothing before that, so they say so. */
  live: boolean;
  start: (ins: InstrumentSummary) => void;
  go: (s: Screen) => void;
  say: (s: string) => void;
}) {
  const [confirm, setConfirm] = useState('');
  const [pending, setPending] = useState<ScanResult | null>(null);
  const [fileMessage, setFileMessage] = useState('');
  const title = (id: string) => instruments.find((i) => i.id === id)?.title ?? id;

  const onText = async (text: string) => {
    let v;
    try {
      v = await views.load();
    } catch {
      return setFileMessage(t.loadFailed);
    }
    const parsed = v.parseResultFile(
      text,
      instruments.map((i) => i.id),
    );
    if (!parsed.ok)
      return setFileMessage(
        `${t.importFailed} ${v.scanResultText.fileProblem[parsed.problem]} ${t.nothingChanged}`,
      );
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
            const items = full?.find((i) => i.id === ins.id)?.items;
            const answered = draft && items?.filter((i) => draft.answers[i.id] !== undefined).length;
            return (
              <li class="card card--static scan-card" id={ins.id} key={ins.id}>
                <h3>{ins.title}</h3>
                <p>{ins.summary}</p>
                <p class="card__meta">{t.meta(ins.items, ins.minutes)}</p>
                {answered !== undefined && <p class="card__meta">{t.inProgress(answered, ins.items)}</p>}
                {confirm === `opnieuw:${ins.id}` ? (
                  <Confirm
                    label={t.restart}
                    question={t.restartConfirm}
                    yes={t.restartYes}
                    cancel={t.cancel}
                    onYes={() => {
                      setConfirm('');
                      discardScanDraft(ins.id);
                      start(ins);
                    }}
                    onCancel={() => setConfirm('')}
                  />
                ) : (
                  <p class="button-row">
                    <button
                      type="button"
                      class="button"
                      disabled={!live}
                      onClick={() => start(ins)}
                      aria-label={draft ? t.resumeLabel(ins.title) : t.startLabel(ins.title)}
                    >
                      {draft ? t.resume : t.start}
                    </button>
                    {draft && (
                      <button
                        type="button"
                        class="button button--secondary"
                        onClick={() => setConfirm(`opnieuw:${ins.id}`)}
                      >
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
          const labels = resultLabels(results, t.dateTime, t.sameMinute);
          return (
            <div key={ins.id} class="scan-history">
              <h3>{ins.title}</h3>
              <ul class="scan-history__list">
                {results.map((r) => {
                  const when = labels.get(r.id) ?? t.dateTime(r.completedAt);
                  return (
                    <li key={r.id}>
                      <span>{when}</span>{' '}
                      <button
                        type="button"
                        class="linkish"
                        aria-label={t.viewLabel(when)}
                        onClick={() => go({ kind: 'result', id: r.id })}
                      >
                        {t.view}
                      </button>{' '}
                      <button
                        type="button"
                        class="linkish"
                        aria-label={t.removeLabel(when)}
                        onClick={() => setConfirm(`weg:${r.id}`)}
                      >
                        {t.remove}
                      </button>
                      {confirm === `weg:${r.id}` && (
                        <Confirm
                          label={t.removeLabel(when)}
                          question={t.removeConfirm(when)}
                          yes={t.removeYes}
                          cancel={t.cancel}
                          onYes={() => {
                            setConfirm('');
                            removeScanResult(r.id);
                            say(t.removed);
                          }}
                          onCancel={() => setConfirm('')}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
              {results.length > 1 && <ScanCompareForm ins={ins} results={results} labels={labels} go={go} />}
            </div>
          );
        })}

        <h3>{t.importTitle}</h3>
        <p>{t.importIntro}</p>
        <FileImport label={t.import} disabled={!live} onPick={() => setPending(null)} onText={onText} />
        {fileMessage && (
          <p class="scan-problem" role="alert">
            {fileMessage}
          </p>
        )}
        {pending && (
          <Confirm
            questionId="scan-import-title"
            strong
            question={t.importConfirm(title(pending.instrument), t.dateTime(pending.completedAt))}
            yes={t.importYes}
            cancel={t.cancel}
            onYes={() => {
              keepScanResult(pending);
              setPending(null);
              say(t.imported);
            }}
            onCancel={() => setPending(null)}
          />
        )}
      </section>
    </>
  );
}
