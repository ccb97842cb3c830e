import { useStore } from '../../stores/use-store';
import { useEffect, useState } from 'preact/hooks';
import { SCAN_SCALES, type ScanInstrument } from '../../lib/repair/ids';
import { LIMITS } from '../../lib/repair/plan';
import { readScanHandoff } from '../../lib/repair/scan-handoff';
import { noFragment } from '../../lib/core/fragment';
import { localDate } from '../../lib/repair/followup';
import { $plans, startPlan } from '../../stores/repair-plans';
import { planText as t } from '../../i18n/repair/builder';
import { StorageNotices } from '../shared/StorageNotices';
import { OtherToolLink } from '../shared/OtherToolLink';
import { ScanHandoffNotice, type Handoff } from './ScanHandoffNotice';
import { useFragment } from '../shared/use-fragment';
import { Announcer, useAnnouncer } from '../shared/Announcer';
import { PlansList } from './PlansList';
import { PlanView } from './PlanView';
import { focusSoon } from './shared';
import type { BuilderLinks } from './guide-links';

interface Props {
  /** The guide sections the steps link to, resolved by the page. */
  links: BuilderLinks;
}

/**
 * The repair-plan builder: from a safety check and the situation to a plan the visitor adapts,
 * exports and follows up. Rules and exports live in src/lib; this island shows them.
 */
export default function RepairPlanBuilder(props: Props) {
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  return (
    <>
      <p class="no-js-only">{t.needsJs}</p>
      <Builder {...props} live={live} />
    </>
  );
}

const NOTHING_YET = { plans: [], openId: undefined };

/**
 * The server renders the start as a visitor without plans sees it, its controls disabled, so the
 * page does not jump when the builder starts; saved plans appear once it runs (`live`).
 */
function Builder({ links, live }: Props & { live: boolean }) {
  const stored = useStore($plans);
  const state = live ? stored : NOTHING_YET;
  const [announcement, announce] = useAnnouncer();
  const [handoff, setHandoff] = useState<Handoff>(noFragment);
  const today = localDate(new Date());
  const plan = state.plans.find((p) => p.id === state.openId);

  useFragment(readScanHandoff, setHandoff);

  const create = (name: string, scan?: { instrument?: string | undefined; scales: string[] }) => {
    startPlan(name, scan);
    focusSoon('plan-titel');
  };

  const full = state.plans.length >= LIMITS.plans;

  return (
    <div class="planner needs-js">
      <StorageNotices keys={['vw:herstelplannen']} />
      <OtherToolLink here="herstelplan" />
      <Announcer said={announcement} />
      {handoff.kind !== 'none' && (
        <ScanHandoffNotice
          handoff={handoff}
          full={full}
          onStart={(h) => {
            create(t.fromScanName, {
              instrument: (h.instrument in SCAN_SCALES ? h.instrument : undefined) as
                ScanInstrument | undefined,
              scales: h.scales,
            });
            history.replaceState(null, '', location.pathname + location.search);
            setHandoff(noFragment);
          }}
        />
      )}
      {/* The start comes first and plan management after the open plan, so a phone shows the
          start in its first screen and nothing stands between the visitor and the steps. */}
      <p class="planner__start">
        {full ? (
          <span>{t.maxPlans(LIMITS.plans)}</span>
        ) : (
          <button
            type="button"
            class={plan ? 'button button--secondary' : 'button'}
            disabled={!live}
            onClick={() => create(t.newPlanName(state.plans.length + 1))}
          >
            {t.newPlan}
          </button>
        )}
        {state.plans.length > 0 && <a href="#mijn-plannen">{t.toPlans(state.plans.length)}</a>}
      </p>
      {plan && <PlanView key={plan.id} plan={plan} today={today} links={links} announce={announce} />}
      <PlansList live={live} plans={state.plans} openId={state.openId} today={today} announce={announce} />
    </div>
  );
}
