import type { JSX } from 'preact';
import { planText as t } from '../../i18n/repair/builder';
import { lazyPart, usePart } from '../shared/lazy-part';
import type { StepProps } from './shared';

type Part = 'voorstel' | 'plan' | 'opvolgen' | 'afdruk';
type PartComponent = (props: StepProps) => JSX.Element;

/**
 * The later steps and the printable plan load when they are first needed, so a first visit
 * loads only what the safety check and the situation need.
 */
const PARTS: Record<Part, ReturnType<typeof lazyPart<PartComponent>>> = {
  voorstel: lazyPart(() => import('./ProposalStep').then((m) => m.ProposalStep)),
  plan: lazyPart(() => import('./PlanStep').then((m) => m.PlanStep)),
  opvolgen: lazyPart(() => import('./FollowUpStep').then((m) => m.FollowUpStep)),
  afdruk: lazyPart(() => import('./PlanDocumentView').then((m) => m.PrintablePlan)),
};

export function PlanPart({ name, props }: { name: Part; props: StepProps }) {
  const { value: Component, failed, retry } = usePart(PARTS[name]);

  if (Component) return <Component {...props} />;
  if (name === 'afdruk') return null;
  if (failed) {
    return (
      <p class="form-hint" role="alert">
        {t.loadFailed}{' '}
        <button type="button" class="button button--secondary" onClick={retry}>
          {t.retry}
        </button>
      </p>
    );
  }
  return <p class="muted">{t.loading}</p>;
}
