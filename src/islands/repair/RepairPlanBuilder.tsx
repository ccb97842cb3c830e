import { useStore } from '../../stores/use-store';
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodeShare } from '../../lib/core/share-code';
import { scanHandoffFormat } from '../../lib/scan/handoff';
import { currentScanScales, SCAN_SCALES, type ResolvedAction, type ScanInstrument } from '../../lib/repair/catalogue';
import {
  addPlan,
  createPlan,
  deletePlan,
  LIMITS,
  openPlan,
  randomId,
  reachable,
  STEPS,
  withPlan,
  type Plan,
  type Step,
} from '../../lib/repair/plan';
import { localDate, nextCheckIn, progress } from '../../lib/repair/followup';
import { $plans } from '../../stores/repair-plans';
import { instrumentNames, planText as t, scaleNames, shareProblems, stepNames, formatDate } from '../../i18n/repair/builder';
import { StorageNotices } from '../shared/StorageNotices';
import { SafetyStep } from './SafetyStep';
import { SituationStep } from './SituationStep';
import { download } from '../shared/download';
import { focusSoon, type StepProps } from './shared';

interface Props {
  catalogue: ResolvedAction[];
  /** The site's origin, for links in exported files. */
  siteUrl: string;
}

/**
 * The repair-plan builder: from a safety check and the situation to a plan the visitor adapts,
 * exports and follows up. Rules and exports live in src/lib; this island shows them.
 */
export default function RepairPlanBuilder(props: Props) {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  if (!live) return <p class="no-js-only">{t.needsJs}</p>;
  return <Builder {...props} />;
}

type Handoff = { instrument: string; scales: string[]; unknown: string[] } | { problem: string };

function readHandoff(): Handoff | null {
  const decoded = decodeShare(scanHandoffFormat, location.hash);
  if (!decoded.ok) return decoded.problem === 'absent' ? null : { problem: shareProblems[decoded.problem] };
  // A link from a result of version 1 of the scan may name a scale that was split since.
  const { scales, unknown } = currentScanScales(decoded.value.scales);
  if (scales.length === 0) return { problem: t.fromScanNone };
  return { instrument: decoded.value.instrument, scales, unknown };
}

const STEP_TITLE_ID = 'plan-stap';

function Builder({ catalogue, siteUrl }: Props) {
  const state = useStore($plans);
  const [announcement, setAnnouncement] = useState('');
  const [handoff, setHandoff] = useState<Handoff | null>(null);
  const map = useMemo(() => new Map(catalogue.map((a) => [a.id, a])), [catalogue]);
  const today = localDate(new Date());
  const plan = state.plans.find((p) => p.id === state.openId);

  useEffect(() => {
    const read = () => setHandoff(readHandoff());
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const announce = (text: string) => {
    // Re-announce an identical message: clear first, then set.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(text));
  };

  const create = (name: string, scan?: { instrument?: string; scales: string[] }) => {
    const fresh = createPlan(randomId(), name, new Date(), scan);
    $plans.set(addPlan($plans.get(), fresh));
    focusSoon('plan-titel');
  };

  const full = state.plans.length >= LIMITS.plans;

  return (
    <div class="planner">
      <StorageNotices keys={['vw:herstelplannen']} />
      <p class="sr-only" aria-live="polite">
        {announcement}
      </p>
      {handoff && (
        <HandoffNotice
          handoff={handoff}
          full={full}
          onStart={(h) => {
            create(t.fromScanName, { instrument: (h.instrument in SCAN_SCALES ? h.instrument : undefined) as ScanInstrument | undefined, scales: h.scales });
            history.replaceState(null, '', location.pathname + location.search);
            setHandoff(null);
          }}
        />
      )}
      <PlansList
        plans={state.plans}
        openId={state.openId}
        today={today}
        full={full}
        onNew={() => create(t.newPlanName(state.plans.length + 1))}
        announce={announce}
      />
      {plan && <PlanView key={plan.id} plan={plan} catalogue={map} today={today} siteUrl={siteUrl} announce={announce} />}
    </div>
  );
}

function HandoffNotice({ handoff, full, onStart }: { handoff: Handoff; full: boolean; onStart: (h: Exclude<Handoff, { problem: string }>) => void }) {
  if ('problem' in handoff) {
    return (
      <div class="callout callout--voorbeeld handoff" role="status">
        <p class="callout__title">{t.fromScanTitle}</p>
        <p>
          {t.fromScanBad} {handoff.problem}
        </p>
        <p>{t.fromScanBadAfter}</p>
      </div>
    );
  }
  const instrument = instrumentNames[handoff.instrument as ScanInstrument] ?? handoff.instrument;
  return (
    <div class="callout callout--tool handoff" role="region" aria-labelledby="vanuit-scan-titel">
      <p class="callout__title" id="vanuit-scan-titel">
        {t.fromScanTitle}
      </p>
      <p>{t.fromScanIntro(instrument)}</p>
      <ul>
        {handoff.scales.map((s) => (
          <li key={s}>{scaleNames[s as keyof typeof scaleNames]}</li>
        ))}
      </ul>
      {handoff.unknown.length > 0 && <p>{t.fromScanUnknown(handoff.unknown.join(', '))}</p>}
      <p>{t.fromScanNote}</p>
      {full ? (
        <p>{t.maxPlans(LIMITS.plans)}</p>
      ) : (
        <p>
          <button type="button" class="button" onClick={() => onStart(handoff)}>
            {t.fromScanStart}
          </button>
        </p>
      )}
    </div>
  );
}

interface ListProps {
  plans: Plan[];
  openId?: string;
  today: string;
  full: boolean;
  onNew: () => void;
  announce: (text: string) => void;
}

function PlansList({ plans, openId, today, full, onNew, announce }: ListProps) {
  const [confirm, setConfirm] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { parsePlanFile, importPlans } = await import('../../lib/repair/export/file');
    const parsed = parsePlanFile(await file.text(), $plans.get(), randomId);
    if (!parsed.ok) {
      const p = t.importProblems[parsed.problem];
      return setStatus(`${t.importFailed} ${typeof p === 'function' ? p(LIMITS.plans) : p} ${t.importNothingChanged}`);
    }
    $plans.set(importPlans($plans.get(), parsed.plans));
    setStatus(t.importDone(parsed.plans.length));
  };

  const downloadAll = async () => {
    const { buildPlanFile } = await import('../../lib/repair/export/file');
    download(`herstelplannen-${today}.json`, 'application/json', buildPlanFile($plans.get().plans, new Date()));
    setStatus(t.downloaded(t.downloadAll));
  };

  return (
    <section class="plans no-print" aria-labelledby="mijn-plannen">
      <h2 id="mijn-plannen">{t.plansTitle}</h2>
      <p>{plans.length ? t.plansIntro : t.noPlans}</p>
      {plans.length > 0 && (
        <ul class="plans__list">
          {plans.map((p) => {
            const { done, total } = progress(p);
            const next = nextCheckIn(p, today);
            const name = p.name.trim() || t.untitled;
            return (
              <li key={p.id} class={`plans__item hp-card${p.id === openId ? ' is-open' : ''}`}>
                <p class="plans__name">
                  <strong>{name}</strong>
                  {p.id === openId && <span class="plans__badge"> ({t.opened})</span>}
                </p>
                <p class="card__meta">
                  {t.planStatus(stepNames[p.step])}
                  {p.adopted && ` · ${t.planProgress(done, total)}`}
                  {p.adopted && next && ` · ${t.nextCheckIn(formatDate(next))}`}
                </p>
                {confirm === p.id ? (
                  <div class="confirm" role="group" aria-label={t.deletePlan(name)}>
                    <p>
                      <strong>{t.deleteConfirm(name)}</strong>
                    </p>
                    <p class="button-row">
                      <button
                        type="button"
                        class="button"
                        onClick={() => {
                          $plans.set(deletePlan($plans.get(), p.id));
                          setConfirm(null);
                          setStatus(t.deleted(name));
                          focusSoon('mijn-plannen');
                        }}
                      >
                        {t.deleteYes}
                      </button>
                      <button type="button" class="button button--secondary" onClick={() => setConfirm(null)}>
                        {t.cancel}
                      </button>
                    </p>
                  </div>
                ) : (
                  <p class="button-row">
                    {p.id !== openId && (
                      <button
                        type="button"
                        class="button"
                        onClick={() => {
                          $plans.set(openPlan($plans.get(), p.id));
                          announce(t.open(name));
                          focusSoon('plan-titel');
                        }}
                      >
                        {t.open(name)}
                      </button>
                    )}
                    <button type="button" class="button button--secondary" onClick={() => setConfirm(p.id)}>
                      {t.deletePlan(name)}
                    </button>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {full ? (
        <p>{t.maxPlans(LIMITS.plans)}</p>
      ) : (
        <p>
          <button type="button" class="button" onClick={onNew}>
            {t.newPlan}
          </button>
        </p>
      )}
      <p class="button-row">
        {plans.length > 0 && (
          <button type="button" class="button button--secondary" onClick={downloadAll}>
            {t.downloadAll}
          </button>
        )}
        <label class="button button--secondary file-button">
          {t.importLabel}
          <input type="file" accept="application/json,.json" class="sr-only" onChange={onFile} />
        </label>
      </p>
      <p class="plans__status" role="status">
        {status}
      </p>
    </section>
  );
}

interface ViewProps {
  plan: Plan;
  catalogue: ReadonlyMap<string, ResolvedAction>;
  today: string;
  siteUrl: string;
  announce: (text: string) => void;
}

function PlanView({ plan, catalogue, today, siteUrl, announce }: ViewProps) {
  const can = reachable(plan);
  const step: Step = can[plan.step] ? plan.step : 'veiligheid';
  const first = useRef(true);

  useEffect(() => {
    // Moving to another step puts focus on its heading (not when the page first opens).
    if (first.current) {
      first.current = false;
      return;
    }
    focusSoon(STEP_TITLE_ID);
  }, [step]);

  const update = (change: (p: Plan) => Plan) => $plans.set(withPlan($plans.get(), plan.id, change, new Date()));
  const goTo = (next: Step) => {
    update((p) => ({ ...p, step: next }));
    window.scrollTo?.({ top: (document.getElementById('plan-titel')?.getBoundingClientRect().top ?? 0) + window.scrollY - 80 });
    // Focus moves in the effect on `step` above; moving it here as well made it jump back to the
    // heading when the visitor had already tabbed on.
  };
  const current = () => $plans.get().plans.find((p) => p.id === plan.id) ?? plan;
  const props: StepProps = { plan, current, update, announce, goTo, catalogue, today, siteUrl };
  const n = STEPS.indexOf(step) + 1;

  return (
    <section class="plan" aria-labelledby="plan-titel">
      <h2 id="plan-titel" tabIndex={-1} class="no-print">
        {plan.name.trim() || t.untitled}
      </h2>
      <nav class="stepper no-print" aria-label={t.stepsLabel}>
        <ol>
          {STEPS.map((s, i) => (
            <li key={s}>
              <button
                type="button"
                class="stepper__step"
                aria-current={s === step ? 'step' : undefined}
                disabled={!can[s]}
                onClick={() => goTo(s)}
              >
                <span class="stepper__n" aria-hidden="true">
                  {i + 1}
                </span>{' '}
                {stepNames[s]}
                {!can[s] && <span class="sr-only"> ({t.stepLocked})</span>}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div class="plan__step no-print">
        <h3 id={STEP_TITLE_ID} tabIndex={-1}>
          <span class="plan__step-n">{t.stepOf(n, STEPS.length)}:</span> {step === 'veiligheid' ? t.safetyTitle : stepNames[step]}
        </h3>
        {step === 'veiligheid' && <SafetyStep {...props} />}
        {step === 'situatie' && <SituationStep {...props} />}
        {(step === 'voorstel' || step === 'plan' || step === 'opvolgen') && <LazyPart name={step} props={props} />}
      </div>
      {plan.adopted && <LazyPart name="afdruk" props={props} />}
    </section>
  );
}

type Part = 'voorstel' | 'plan' | 'opvolgen' | 'afdruk';
type PartComponent = (props: StepProps) => JSX.Element;

/**
 * The later steps and the printable plan load when they are first needed, so a first visit
 * loads only what the safety check and the situation need.
 */
const LOADERS: Record<Part, () => Promise<PartComponent>> = {
  voorstel: () => import('./ProposalStep').then((m) => m.ProposalStep),
  plan: () => import('./PlanStep').then((m) => m.PlanStep),
  opvolgen: () => import('./FollowUpStep').then((m) => m.FollowUpStep),
  afdruk: () => import('./PlanDocumentView').then((m) => m.PrintablePlan),
};
const loadedParts: Partial<Record<Part, PartComponent>> = {};

function LazyPart({ name, props }: { name: Part; props: StepProps }) {
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState(false);
  const Component = loadedParts[name];

  useEffect(() => {
    if (Component || failed) return;
    let alive = true;
    LOADERS[name]().then(
      (c) => {
        loadedParts[name] = c;
        if (alive) setLoaded((n) => n + 1);
      },
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, [name, failed]);

  if (Component) return <Component {...props} />;
  if (name === 'afdruk') return null;
  if (failed) {
    return (
      <p class="form-hint" role="alert">
        {t.loadFailed}{' '}
        <button type="button" class="button button--secondary" onClick={() => setFailed(false)}>
          {t.retry}
        </button>
      </p>
    );
  }
  return <p class="muted">{t.loading}</p>;
}
