import { useStore } from '../../stores/use-store';
import { useEffect, useRef, useState } from 'preact/hooks';
import { stepsOf, unanswered, unscorable, type AnswerValue, type Instrument, type ScanResult } from '../../lib/scan/scoring';
import {
  addResult,
  answer,
  complete,
  discard,
  emptyScanState,
  goToStep,
  leave,
  open,
  removeResult,
  resultsOf,
  type ScanState,
} from '../../lib/scan/draft';
import { scanResultFormat } from '../../lib/scan/codec';
import { $scan } from '../../stores/scan';
import { scanText as t } from '../../i18n/scan/scan';
import { StorageNotices } from '../shared/StorageNotices';
import { SessionSlot } from '../session/SessionSlot';
import type { Sections } from './ScanResult';

// The result, comparison and chart load when first needed (or when the last step comes up), not
// with the page: the first view is the choice of instrument or the step the visitor was on.
type Views = typeof import('./ScanResult');
let views: Promise<Views> | undefined;
const loadViews = () => (views ??= import('./ScanResult'));

interface Props {
  instruments: Instrument[];
  sections: Sections;
  /** Whether the repair-plan builder exists, so the result may link to it. */
  planPublished: boolean;
}

type Screen =
  | { kind: 'overview' }
  | { kind: 'link' }
  | { kind: 'steps'; ins: string; showOpen?: boolean }
  | { kind: 'review'; ins: string }
  | { kind: 'result'; id: string }
  | { kind: 'shared'; result: ScanResult }
  | { kind: 'compare'; a: string; b: string };

const EMPTY = emptyScanState();
const KEYS = ['vw:scan'];

/**
 * The Vertrouwensscan: choose an instrument, answer in steps (kept on this device, resumed after a
 * reload), see the result, keep a history, compare, print, download, share. The first render
 * matches the server's (no saved state); the saved state shows once running in the browser.
 */
export default function Scan({ instruments, sections, planPublished }: Props) {
  const stored = useStore($scan);
  const [live, setLive] = useState(false);
  const state = live ? stored : EMPTY;
  const [screen, setScreen] = useState<Screen>({ kind: 'overview' });
  const [note, setNote] = useState('');
  const [linkProblem, setLinkProblem] = useState('');
  const [said, say] = useState('');
  const [focusTick, setFocusTick] = useState(0);
  const [loaded, setLoaded] = useState<Views>();
  const [loadFailed, setLoadFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const byId = (id: string) => instruments.find((i) => i.id === id);

  const go = (next: Screen, message = '') => {
    setScreen(next);
    setNote(message);
    setFocusTick((n) => n + 1);
  };

  const fromLocation = () => {
    setLinkProblem('');
    if (location.hash.startsWith(`#${scanResultFormat.prefix}=`)) {
      // A shared result: read it with the result view's code, which loads now.
      setScreen({ kind: 'link' });
      return loadViews().then(
        (v) => {
          setLoaded(v);
          const shared = v.readSharedResult(location.hash, instruments.map((i) => i.id));
          if (shared?.ok) return setScreen({ kind: 'shared', result: shared.result });
          setScreen({ kind: 'overview' });
          if (shared) setLinkProblem(v.scanResultText.linkProblem[shared.problem]);
        },
        () => setLoadFailed(true),
      );
    }
    const active = $scan.get().active;
    const ins = active ? byId(active) : undefined;
    if (ins && $scan.get().drafts[ins.id]) {
      const opened = open($scan.get(), ins, new Date());
      $scan.set(opened.state);
      setScreen({ kind: 'steps', ins: ins.id });
      setNote(opened.changed ? t.changedSinceStart : t.resumed);
    }
  };

  useEffect(() => {
    setLive(true);
    fromLocation();
    const onHash = () => {
      if (location.hash.startsWith(`#${scanResultFormat.prefix}=`)) {
        fromLocation();
        setFocusTick((n) => n + 1);
      }
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (focusTick) root.current?.querySelector<HTMLElement>('[data-focus]')?.focus();
  }, [focusTick, loaded]);

  const draftStep = screen.kind === 'steps' ? state.drafts[screen.ins]?.step : undefined;
  const lastStep = screen.kind === 'steps' && draftStep !== undefined && draftStep >= stepsOf(byId(screen.ins)?.items ?? []).length - 1;
  const needsViews = screen.kind === 'result' || screen.kind === 'shared' || screen.kind === 'compare' || screen.kind === 'link';
  useEffect(() => {
    if (loaded || !(needsViews || lastStep || screen.kind === 'review')) return;
    setLoadFailed(false);
    loadViews().then(setLoaded, () => {
      views = undefined;
      setLoadFailed(true);
    });
  }, [needsViews, lastStep, screen.kind, loaded, loadFailed]);

  const start = (ins: Instrument) => {
    const opened = open($scan.get(), ins, new Date());
    $scan.set(opened.state);
    go({ kind: 'steps', ins: ins.id }, opened.changed ? t.changedSinceStart : '');
  };
  const finish = (ins: Instrument, force = false) => {
    const draft = $scan.get().drafts[ins.id];
    if (!draft) return go({ kind: 'overview' });
    if (!force && unanswered(ins, draft.answers).length > 0) return go({ kind: 'review', ins: ins.id });
    const done = complete($scan.get(), ins, new Date());
    $scan.set(done.state);
    if (done.result) go({ kind: 'result', id: done.result.id });
  };
  const toOverview = () => {
    if ($scan.get().active) $scan.set(leave($scan.get()));
    if (location.hash.startsWith(`#${scanResultFormat.prefix}=`)) history.replaceState(null, '', location.pathname);
    setLinkProblem('');
    go({ kind: 'overview' });
  };

  let body;
  if (screen.kind === 'steps' || screen.kind === 'review') {
    const ins = byId(screen.ins)!;
    const draft = state.drafts[ins.id];
    if (!draft) body = null;
    else if (screen.kind === 'review') body = <Review ins={ins} answers={draft.answers} go={go} finish={() => finish(ins, true)} />;
    else
      body = (
        <Steps
          ins={ins}
          answers={draft.answers}
          step={draft.step}
          showOpen={screen.showOpen}
          onAnswer={(item, v) => $scan.set(answer($scan.get(), ins.id, item, v))}
          onStep={(n) => {
            $scan.set(goToStep($scan.get(), ins.id, n));
            setNote('');
            setFocusTick((x) => x + 1);
          }}
          onFinish={() => finish(ins)}
          onLeave={toOverview}
        />
      );
  } else if (needsViews && !loaded) {
    body = loadFailed ? (
      <div class="scan-problem" role="alert">
        <p>{t.loadFailed}</p>
        <button type="button" class="button button--secondary" onClick={() => setLoadFailed(false)}>
          {t.retry}
        </button>
      </div>
    ) : (
      <p role="status">{t.loading}</p>
    );
  } else if (loaded && (screen.kind === 'result' || screen.kind === 'shared')) {
    const { ResultView } = loaded;
    const result = screen.kind === 'shared' ? screen.result : state.results.find((r) => r.id === screen.id);
    const ins = result && byId(result.instrument);
    const earlier = ins && result ? resultsOf(state, ins.id).filter((r) => r.completedAt < result.completedAt) : [];
    body =
      result && ins ? (
        <ResultView
          ins={ins}
          result={result}
          sections={sections}
          shared={screen.kind === 'shared'}
          planPublished={planPublished}
          say={say}
          banner={screen.kind === 'shared' && <loaded.SharedBanner result={result} saved={state.results.some((r) => r.id === result.id)} say={say} />}
          actions={
            <p class="button-row">
              {screen.kind === 'result' && earlier.length > 0 && (
                <button type="button" class="button button--secondary" onClick={() => go({ kind: 'compare', a: earlier[0].id, b: result.id })}>
                  {t.compareWith}
                </button>
              )}
              <button type="button" class="button button--secondary" onClick={toOverview}>
                {screen.kind === 'shared' ? t.sharedClose : t.toOverview}
              </button>
            </p>
          }
        />
      ) : null;
  } else if (loaded && screen.kind === 'compare') {
    const { CompareView } = loaded;
    const a = state.results.find((r) => r.id === screen.a);
    const b = state.results.find((r) => r.id === screen.b);
    const ins = a && byId(a.instrument);
    body = a && b && ins ? <CompareView ins={ins} a={a} b={b} onBack={toOverview} /> : null;
  }

  return (
    <div class="scan-tool" ref={root}>
      <StorageNotices keys={KEYS} />
      <SessionSlot instruments={instruments} start={start} />
      {linkProblem && (
        <div class="scan-problem" role="alert">
          <p>
            <strong>{t.badLink}</strong> {linkProblem}
          </p>
          <p>{t.badLinkAfter}</p>
        </div>
      )}
      {note && (
        <p class="scan-note" role="status">
          {note}
        </p>
      )}
      {body ?? <Overview instruments={instruments} state={state} live={live} start={start} go={go} say={say} />}
      <p class="sr-only" aria-live="polite">
        {said}
      </p>
    </div>
  );
}

function Steps(p: {
  ins: Instrument;
  answers: Readonly<Record<string, number>>;
  step: number;
  showOpen?: boolean;
  onAnswer: (item: string, value: AnswerValue) => void;
  onStep: (n: number) => void;
  onFinish: () => void;
  onLeave: () => void;
}) {
  const { ins, answers } = p;
  const steps = stepsOf(ins.items);
  const n = Math.max(0, Math.min(p.step, steps.length - 1));
  const first = steps.slice(0, n).flat().length;
  const done = ins.items.filter((i) => answers[i.id] !== undefined).length;
  const last = n === steps.length - 1;
  const options = [...ins.response.labels.map((label, i) => ({ label, value: (i + 1) as AnswerValue })), { label: ins.response.unknown, value: 0 as AnswerValue }];
  return (
    <section class="scan-steps" aria-labelledby="scan-step-title">
      <h2 id="scan-step-title" tabIndex={-1} data-focus>
        {t.stepTitle(ins.title, n + 1, steps.length)}
      </h2>
      <div class="scan-progress">
        <label for="scan-progress">{t.progressLabel}</label>
        <progress id="scan-progress" max={ins.items.length} value={done} />
        <span>{t.progress(done, ins.items.length)}</span>
      </div>
      {n === 0 && <p>{ins.intro}</p>}
      <ol class="scan-items" start={first + 1}>
        {steps[n].map((item, i) => {
          const value = answers[item.id];
          const isOpen = p.showOpen && value === undefined;
          return (
            <li key={item.id} class={isOpen ? 'is-open' : undefined}>
              <fieldset>
                <legend>
                  <span class="scan-no">{first + i + 1}.</span> {item.text}
                  {isOpen && <span class="scan-open"> ({t.open})</span>}
                </legend>
                <div class="scan-options">
                  {options.map((o) => (
                    <label key={o.value} class={o.value === 0 ? 'scan-option scan-option--unknown' : 'scan-option'}>
                      <input
                        type="radio"
                        name={`${ins.id}-${item.id}`}
                        value={o.value}
                        checked={value === o.value}
                        onChange={() => p.onAnswer(item.id, o.value)}
                      />
                      <span>{o.label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p class="button-row scan-nav">
        {n > 0 && (
          <button type="button" class="button button--secondary" onClick={() => p.onStep(n - 1)}>
            {t.previous}
          </button>
        )}
        <button type="button" class="button" onClick={() => (last ? p.onFinish() : p.onStep(n + 1))}>
          {last ? t.toResult : t.next}
        </button>
      </p>
      <p class="muted scan-saved">
        {t.savedOnDevice}{' '}
        <button type="button" class="linkish" onClick={p.onLeave}>
          {t.toOverview}
        </button>
      </p>
    </section>
  );
}

function Review({ ins, answers, go, finish }: { ins: Instrument; answers: Readonly<Record<string, number>>; go: (s: Screen) => void; finish: () => void }) {
  const open = unanswered(ins, answers);
  const steps = stepsOf(ins.items);
  const lost = unscorable(ins, answers);
  const toStep = (step: number) => {
    $scan.set(goToStep($scan.get(), ins.id, step));
    go({ kind: 'steps', ins: ins.id, showOpen: true });
  };
  return (
    <section class="scan-review" aria-labelledby="scan-review-title">
      <h2 id="scan-review-title" tabIndex={-1} data-focus>
        {t.reviewTitle}
      </h2>
      <p>{t.reviewIntro(open.length, ins.items.length)}</p>
      <ul class="scan-open-list">
        {open.map((item) => {
          const step = steps.findIndex((s) => s.includes(item));
          return (
            <li key={item.id}>
              {item.text}{' '}
              <button type="button" class="linkish" onClick={() => toStep(step)}>
                {t.reviewGoTo(step + 1)}
              </button>
            </li>
          );
        })}
      </ul>
      <p>{t.reviewHint}</p>
      {lost.length > 0 && <p class="scan-note">{t.reviewUnscorable(lost.map((s) => s.name).join(', '))}</p>}
      <p class="button-row">
        <button type="button" class="button" onClick={() => toStep(steps.findIndex((s) => s.includes(open[0])))}>
          {t.reviewBack}
        </button>
        <button type="button" class="button button--secondary" onClick={finish}>
          {t.reviewContinue}
        </button>
      </p>
    </section>
  );
}

function Overview({
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
              {results.length > 1 && <CompareForm ins={ins} results={results} go={go} />}
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

function CompareForm({ ins, results, go }: { ins: Instrument; results: ScanResult[]; go: (s: Screen) => void }) {
  const [a, setA] = useState(results[1].id);
  const [b, setB] = useState(results[0].id);
  const [hint, setHint] = useState('');
  const select = (label: string, value: string, set: (v: string) => void, id: string) => (
    <p class="scan-compare__field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.currentTarget.value)}>
        {results.map((r) => (
          <option key={r.id} value={r.id}>
            {t.dateTime(r.completedAt)}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <fieldset class="scan-compare">
      <legend>{t.compareTitle}</legend>
      {select(t.compareFirst, a, setA, `vergelijk-1-${ins.id}`)}
      {select(t.compareSecond, b, setB, `vergelijk-2-${ins.id}`)}
      <button type="button" class="button" onClick={() => (a === b ? setHint(t.compareSame) : go({ kind: 'compare', a, b }))}>
        {t.compare}
      </button>
      {hint && a === b && <p role="alert">{hint}</p>}
    </fieldset>
  );
}
