import type { JSX } from 'preact';
import { planText as t } from '../../i18n/repair/builder';
import { lazyPart, usePart } from '../shared/lazy-part';
import type { PartProps, StepProps } from './shared';

type Part = 'voorstel' | 'plan' | 'opvolgen' | 'afdruk';
type PartComponent = (props: PartProps) => JSX.Element;

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

// They all read the action catalogue, which loads with the first of them: the page prints it for
// its readers, so handing it to the island as well would send it twice.
const catalogue = lazyPart(() => import('./catalogue-data').then((m) => m.loadCatalogue()));

export function PlanPart({ name, props }: { name: Part; props: StepProps }) {
  const code = usePart(PARTS[name]);
  const actions = usePart(catalogue);
  const Component = code.value;

  if (Component && actions.value) return <Component {...props} catalogue={actions.value} />;
  if (name === 'afdruk') return null;
  if (code.failed || actions.failed) {
    const retry = () => {
      code.retry();
      actions.retry();
    };
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
