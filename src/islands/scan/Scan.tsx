import { useStore } from '../../stores/use-store';
import { useEffect, useRef, useState } from 'preact/hooks';
import { stepsOf, type Instrument } from '../../lib/scan/scoring';
import type { InstrumentSummary } from '../../lib/scan/content';
import { emptyScanState, resultsOf } from '../../lib/scan/draft';
import { resultLabels } from '../../lib/scan/labels';
import { rememberPlace } from './use-scan-history';
import { useScanRestore } from './use-scan-restore';
import { useScanContent } from './use-scan-content';
import { scanResultFormat } from '../../lib/scan/codec';
import { $scan, answerItem, finishScan, goToScanStep, leaveScan, openScan } from '../../stores/scan';
import { scanText as t } from '../../i18n/scan/scan';
import { StorageNotices } from '../shared/StorageNotices';
import { OtherToolLink } from '../shared/OtherToolLink';
import { SessionSlot } from './session/SessionSlot';
import { placeOf, views, type Screen } from './screen';
import { useFragment } from '../shared/use-fragment';
import { usePart } from '../shared/lazy-part';
import { Announcer, useAnnouncer } from '../shared/Announcer';
import { decodeShare } from '../../lib/core/share-code';
import { ScanSteps } from './ScanSteps';
import { ScanReview } from './ScanReview';
import { ScanOverview } from './ScanOverview';
import { ScanLoading } from './ScanLoading';

interface Props {
  /** What the first screen shows; the rest loads when needed (scan/vragenlijsten.json). */
  instruments: InstrumentSummary[];
  /** Whether the repair-plan builder exists, so the result may link to it. */
  planPublished: boolean;
}

const EMPTY = emptyScanState();
const KEYS = ['vw:scan'];

/**
 * The Vertrouwensscan: choose an instrument, answer in steps (kept on this device, resumed after a
 * reload), see the result, keep a history, compare, print, download, share. The first render
 * matches the server's (no saved state); the saved state shows once running in the browser.
 */
export default function Scan({ instruments, planPublished }: Props) {
  const stored = useStore($scan);
  const [live, setLive] = useState(false);
  const state = live ? stored : EMPTY;
  const [screen, setScreen] = useState<Screen>({ kind: 'overview' });
  const [note, setNote] = useState('');
  const [linkProblem, setLinkProblem] = useState('');
  const [said, say] = useAnnouncer();
  const [focusTick, setFocusTick] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  // The instruments in full: wanted off the overview, or for the progress of a draft on it.
  const full = useScanContent(screen.kind !== 'overview' || Object.keys(state.drafts).length > 0);
  const byId = (id: string) => full.content?.instruments.find((i) => i.id === id);

  const show = (next: Screen, message = '', focus = true) => {
    setScreen(next);
    setNote(message);
    if (focus) setFocusTick((n) => n + 1);
  };
  /** Moves to a screen as a step of its own in the browser's history. */
  const go = (next: Screen, message = '') => {
    const place = placeOf(next, $scan.get());
    if (place) rememberPlace(place);
    show(next, message);
  };

  useEffect(() => setLive(true), []);
  const resume = useScanRestore(full.withContent, show);
  useFragment(
    (hash) => decodeShare(scanResultFormat, hash),
    (link, arrival) => {
      // Other fragments (a heading) change nothing once the page is open.
      if (link.kind === 'none') return arrival && resume();
      setLinkProblem('');
      // A shared result: read it completely with the result view's code, which loads now.
      setScreen({ kind: 'link' });
      if (!arrival) setFocusTick((n) => n + 1);
      views.load().then(
        (v) => {
          const shared = v.readSharedResult(
            location.hash,
            instruments.map((i) => i.id),
          );
          if (shared.kind === 'ok') return setScreen({ kind: 'shared', result: shared.value });
          setScreen({ kind: 'overview' });
          if (shared.kind === 'problem') setLinkProblem(v.scanResultText.linkProblem[shared.problem]);
        },
        // The loading screen says so and offers to try again.
        () => undefined,
      );
    },
  );

  const answering = screen.kind === 'steps' ? byId(screen.ins) : undefined;
  const draftStep = answering && state.drafts[answering.id]?.step;
  const lastStep = draftStep !== undefined && draftStep >= stepsOf(answering!.items).length - 1;
  const needsViews = ['result', 'shared', 'compare', 'link'].includes(screen.kind);
  const results = usePart(views, needsViews || lastStep || screen.kind === 'review');
  const loaded = results.value;

  useEffect(() => {
    if (focusTick) root.current?.querySelector<HTMLElement>('[data-focus]')?.focus();
  }, [focusTick, loaded, full.content]);

  const start = ({ id }: { id: string }) =>
    full.withContent((c) => {
      const ins = c.instruments.find((i) => i.id === id);
      const changed = ins && openScan(ins);
      if (ins)
        go({ kind: 'steps', ins: id }, changed ? t.changedSinceStart(changed.kept, changed.dropped) : '');
    });
  const finish = (ins: Instrument, force = false) => {
    const finished = finishScan(ins, force);
    if (finished.done) go({ kind: 'result', id: finished.result.id });
    else go(finished.reason === 'open-items' ? { kind: 'review', ins: ins.id } : { kind: 'overview' });
  };
  const toOverview = () => {
    leaveScan();
    if (location.hash.startsWith(`#${scanResultFormat.prefix}=`))
      history.replaceState(null, '', location.pathname);
    setLinkProblem('');
    go({ kind: 'overview' });
  };

  let body;
  if ((screen.kind !== 'overview' || full.waiting) && !full.content) {
    body = <ScanLoading failed={full.failed} retry={full.retry} result={needsViews} />;
  } else if (screen.kind === 'steps' || screen.kind === 'review') {
    const ins = byId(screen.ins)!;
    const draft = state.drafts[ins.id];
    if (!draft) body = null;
    else if (screen.kind === 'review')
      body = <ScanReview ins={ins} answers={draft.answers} go={go} finish={() => finish(ins, true)} />;
    else
      body = (
        <ScanSteps
          ins={ins}
          answers={draft.answers}
          step={draft.step}
          showOpen={screen.showOpen}
          onAnswer={(item, v) => answerItem(ins.id, item, v)}
          onStep={(n) => {
            goToScanStep(ins.id, n);
            rememberPlace({ kind: 'steps', ins: ins.id, step: n });
            setNote('');
            setFocusTick((x) => x + 1);
          }}
          onFinish={() => finish(ins)}
          onLeave={toOverview}
        />
      );
  } else if (needsViews && !loaded) {
    body = <ScanLoading failed={results.failed} retry={results.retry} result />;
  } else if (loaded && (screen.kind === 'result' || screen.kind === 'shared')) {
    const { ResultView } = loaded;
    const result = screen.kind === 'shared' ? screen.result : state.results.find((r) => r.id === screen.id);
    const ins = result && byId(result.instrument);
    const earlier =
      ins && result ? resultsOf(state, ins.id).filter((r) => r.completedAt < result.completedAt) : [];
    body =
      result && ins ? (
        <ResultView
          ins={ins}
          result={result}
          sections={full.content!.sections}
          shared={screen.kind === 'shared'}
          planPublished={planPublished}
          say={say}
          banner={
            screen.kind === 'shared' && (
              <loaded.SharedBanner
                result={result}
                saved={state.results.some((r) => r.id === result.id)}
                say={say}
              />
            )
          }
          actions={
            <p class="button-row">
              {screen.kind === 'result' && earlier.length > 0 && (
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => go({ kind: 'compare', a: earlier[0]!.id, b: result.id })}
                >
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
    body =
      a && b && ins ? (
        <CompareView
          ins={ins}
          a={a}
          b={b}
          labels={resultLabels(resultsOf(state, ins.id), t.dateTime, t.sameMinute)}
          onBack={toOverview}
        />
      ) : null;
  }

  return (
    <div class="scan-tool" ref={root}>
      <StorageNotices keys={KEYS} />
      <OtherToolLink here="scan" />
      <SessionSlot start={start} />
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
      {body ?? (
        <ScanOverview
          instruments={instruments}
          full={full.content?.instruments}
          state={state}
          live={live}
          start={start}
          go={go}
          say={say}
        />
      )}
      <Announcer said={said} />
    </div>
  );
}
