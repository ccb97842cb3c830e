import { FACTORS } from '../../quotient/quotient';
import { PHASES, type ResolvedAction } from '../catalogue';
import { hasScores, situationOf, type Plan } from '../plan';
import { checkInDates } from '../followup';
import { quotient } from '../../quotient/quotient';
import { PARTS } from '../conversation';
import { isBlank } from '../conversation';
import type { Factor } from '../../quotient/quotient';
import type { MessageKind } from '../conversation';
import type { Phase, ScanScale, Situation } from '../catalogue';
import type { Rhythm } from '../plan';

/**
 * A plan as a document: what the print view and the Markdown download show, in one place.
 * Every string in it is plain text; the renderers decide how to escape it.
 */

type SituationField = Exclude<keyof Situation, 'formalRoute'>;

/** The words a plan document is written in: the island passes its language's texts. */
export interface PlanDocTexts {
  docTitle: (planName: string) => string;
  formatDate: (isoDate: string) => string;
  formatIndex: (index: number) => string;
  phaseNames: Readonly<Record<Phase, string>>;
  rhythmNames: Readonly<Record<Rhythm, string>>;
  scaleNames: Readonly<Record<ScanScale, string>>;
  factorNames: Readonly<Record<Factor, string>>;
  /** Per situation question: its short label and the answer for each option. */
  situationShort: Readonly<Record<SituationField, string>>;
  situationOptions: Readonly<Record<SituationField, Readonly<Record<string, string>>>>;
  /** Per conversation aid: its title and a label per part. */
  conversation: Readonly<
    Record<MessageKind, { legend: string; parts: Readonly<Record<string, { label: string }>> }>
  >;
}

export interface DocLine {
  label: string;
  value: string;
}

export interface DocAction {
  title: string;
  what: string;
  owner: string;
  due?: string | undefined;
  done: boolean;
  /** From the catalogue: why, with its citation and where the source is listed. */
  why?: { text: string; cite: string; href: string } | undefined;
  more?: { title: string; href: string } | undefined;
}

export interface PlanDoc {
  title: string;
  madeOn: string;
  formalRoute: boolean;
  situation: DocLine[];
  growth: string[];
  phases: Array<{ name: string; actions: DocAction[] }>;
  rhythm?: string | undefined;
  planned: string[];
  checkIns: Array<{ date: string; note: string; scores?: DocLine[] | undefined; index?: string | undefined }>;
  conversation: Array<{ title: string; lines: DocLine[] }>;
}

export function planDocument(
  plan: Plan,
  catalogue: ReadonlyMap<string, ResolvedAction>,
  today: string,
  texts: PlanDocTexts,
): PlanDoc {
  const { formatDate, phaseNames, rhythmNames, scaleNames, factorNames, formatIndex, situationShort } = texts;
  const situation = situationOf(plan);
  const lines: DocLine[] =
    plan.start === 'herstel' && situation
      ? (['relationship', 'role', 'violation', 'severity', 'timing', 'talked'] as const).map((k) => ({
          label: situationShort[k],
          value: texts.situationOptions[k][situation[k]] ?? situation[k],
        }))
      : [];
  return {
    title: texts.docTitle(plan.name),
    madeOn: formatDate(today),
    formalRoute: plan.safety.concerns.length > 0,
    situation: lines,
    growth: plan.start === 'ontwikkeling' ? plan.scan.scales.map((s) => scaleNames[s as ScanScale] ?? s) : [],
    phases: PHASES.map((phase) => ({
      name: phaseNames[phase],
      actions: plan.actions
        .filter((a) => a.phase === phase)
        .map((a) => {
          const source = a.catalogueId ? catalogue.get(a.catalogueId) : undefined;
          return {
            title: a.title,
            what: a.what,
            owner: a.owner,
            due: a.due && formatDate(a.due),
            done: a.done,
            why: source && { text: source.why, cite: source.cite, href: source.sourceHref },
            more: source && {
              title: `${source.sectionTitle} (${source.chapterTitle})`,
              href: source.sectionHref,
            },
          };
        }),
    })).filter((p) => p.actions.length > 0),
    rhythm: plan.rhythm === 'geen' ? undefined : rhythmNames[plan.rhythm],
    planned: checkInDates(plan.firstCheckIn, plan.rhythm).map(formatDate),
    checkIns: plan.checkIns.map((c) => ({
      date: formatDate(c.date),
      note: c.note,
      scores: hasScores(c)
        ? FACTORS.map((f) => ({ label: factorNames[f], value: String(c.scores[f]) }))
        : undefined,
      index: hasScores(c) ? formatIndex(quotient(c.scores)) : undefined,
    })),
    conversation: (['ik', 'sbi'] as const)
      .filter((kind) => !isBlank(plan.conversation[kind]))
      .map((kind) => ({
        title: texts.conversation[kind].legend,
        lines: PARTS[kind]
          .map((p) => ({
            label: texts.conversation[kind].parts[p]?.label ?? p,
            value: (plan.conversation[kind] as Readonly<Record<typeof p, string>>)[p],
          }))
          .filter((l) => l.value.trim() !== ''),
      })),
  };
}
