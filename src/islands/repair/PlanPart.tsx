import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { planText as t } from '../../i18n/repair/builder';
import type { StepProps } from './shared';


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

export function PlanPart({ name, props }: { name: Part; props: StepProps }) {
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
