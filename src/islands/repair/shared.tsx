import type { ResolvedAction } from '../../lib/repair/catalogue';
import type { Plan, Step } from '../../lib/repair/plan';
import type { BuilderLinks } from './guide-links';

/** What every step of the builder gets from it. */
export interface StepProps {
  plan: Plan;
  /** Changes the open plan (saved at once). */
  update: (change: (p: Plan) => Plan) => void;
  /** Tells screen-reader users what just happened, politely. */
  announce: (text: string) => void;
  goTo: (step: Step) => void;
  today: string;
  links: BuilderLinks;
}

/** What the steps that load on demand get as well: the action catalogue, which loads with them. */
export interface PartProps extends StepProps {
  catalogue: ReadonlyMap<string, ResolvedAction>;
}

/**
 * Focuses an element by id once the change that shows it is rendered: store updates re-render
 * after a timeout, so wait for that, then for a frame; try a few times for parts still loading.
 */
export function focusSoon(id: string, tries = 20) {
  setTimeout(() =>
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      if (el) el.focus();
      else if (tries > 0) focusSoon(id, tries - 1);
    }),
  );
}
