/**
 * The repair-plan builder's domain: what a situation is, what an action in the catalogue
 * (content/repair/*.yaml) looks like, and the rules that pick the actions for a situation.
 * Pure: no DOM, no content loading. The build resolves the catalogue; the island only shows it.
 */

export * from './ids';
import type { Phase, Relationship, Role, ScanScale, Severity, Talked, Timing, Violation } from './ids';
import { PHASES } from './ids';

/** A damaged working relationship, as the visitor describes it. */
export interface Situation {
  relationship: Relationship;
  role: Role;
  violation: Violation;
  severity: Severity;
  timing: Timing;
  talked: Talked;
  /** A formal route goes first (harassment, discrimination, violence, fraud, danger); the plan covers what remains. */
  formalRoute: boolean;
}

/** Which situations an action applies to. A missing field means "any". */
export interface Conditions {
  relationship?: Relationship[] | undefined;
  role?: Role[] | undefined;
  violation?: Violation[] | undefined;
  severity?: Severity[] | undefined;
  timing?: Timing[] | undefined;
  talked?: Talked[] | undefined;
  /** true: only when a formal route goes first; false: never then (e.g. a conversation with the other party). */
  formalRoute?: boolean | undefined;
  /** Development actions: offered for these scan scales, for trust that is thin rather than broken. */
  scanScales?: ScanScale[] | undefined;
}

/** One action as authored in content/repair/*.yaml. */
export interface CatalogueAction {
  id: string;
  title: string;
  /** What to do, concretely. */
  what: string;
  /** Why, in one sentence, backed by `source`. */
  why: string;
  /** Key in content/sources.yaml. */
  source: string;
  phase: Phase;
  conditions: Conditions;
  /** The chapter section behind it: "<chapter-slug>#<heading-id>". */
  section: string;
}

/** An action as the page hands it to the island: citation and section resolved at build time. */
export interface ResolvedAction extends CatalogueAction {
  /** In-text citation, e.g. "(Kim et al., 2006)". */
  cite: string;
  sectionTitle: string;
  chapterTitle: string;
  /** The link to `section`, built by the site's one chapter-href builder. */
  sectionHref: string;
  /** The link to the source on the Bronnen page, under the site's base. */
  sourceHref: string;
}

export type PlanStart =
  | { kind: 'herstel'; situation: Situation }
  /** For thin trust: the scan's growth areas; a formal route may still go first. */
  | { kind: 'ontwikkeling'; scales: readonly string[]; formalRoute?: boolean };

export const isDevelopmentAction = (a: Pick<CatalogueAction, 'conditions'>) =>
  (a.conditions.scanScales?.length ?? 0) > 0;

const allows = <T>(allowed: readonly T[] | undefined, value: T) =>
  allowed === undefined || allowed.includes(value);

/** Whether one catalogue action belongs in a plan that starts this way. */
export function appliesTo(action: Pick<CatalogueAction, 'conditions'>, start: PlanStart): boolean {
  const c = action.conditions;
  if (start.kind === 'ontwikkeling') {
    const formalRoute = start.formalRoute ?? false;
    if (isDevelopmentAction(action)) {
      return (
        c.scanScales!.some((s) => start.scales.includes(s)) &&
        (c.formalRoute === undefined || c.formalRoute === formalRoute)
      );
    }
    // From the repair actions only the formal route itself, when one goes first.
    const situational = Object.keys(c).some((k) => k !== 'formalRoute');
    return formalRoute && c.formalRoute === true && !situational;
  }
  if (isDevelopmentAction(action)) return false;
  const s = start.situation;
  return (
    allows(c.relationship, s.relationship) &&
    allows(c.role, s.role) &&
    allows(c.violation, s.violation) &&
    allows(c.severity, s.severity) &&
    allows(c.timing, s.timing) &&
    allows(c.talked, s.talked) &&
    (c.formalRoute === undefined || c.formalRoute === s.formalRoute)
  );
}

/**
 * The recommended plan: every action that applies, by phase (now, this week, the coming months),
 * within a phase in catalogue order; for development, growth areas named first come first.
 */
export function recommend<A extends CatalogueAction>(catalogue: readonly A[], start: PlanStart): A[] {
  const rank = (a: A) => {
    if (start.kind !== 'ontwikkeling') return 0;
    const hits = start.scales.map((s, i) =>
      a.conditions.scanScales?.includes(s as ScanScale) ? i : Infinity,
    );
    return Math.min(...hits);
  };
  return catalogue
    .map((action, order) => ({ action, order }))
    .filter(({ action }) => appliesTo(action, start))
    .sort(
      (x, y) =>
        PHASES.indexOf(x.action.phase) - PHASES.indexOf(y.action.phase) ||
        rank(x.action) - rank(y.action) ||
        x.order - y.order,
    )
    .map(({ action }) => action);
}
