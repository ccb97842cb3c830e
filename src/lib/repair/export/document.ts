import { FACTORS } from '../../quotient/quotient';
import { PHASES, sectionHref, type ResolvedAction } from '../catalogue';
import { hasScores, situationOf, type Plan } from '../plan';
import { checkInDates } from '../followup';
import { quotient } from '../../quotient/quotient';
import { PARTS } from '../conversation';
import { isBlank } from '../conversation';
import { formatDate, phaseNames, scaleNames, situationQuestions, situationShort } from '../../../i18n/repair/builder';
import { conversationText, exportText, factorNames, formatIndex, rhythmNames } from '../../../i18n/repair/steps';
import type { ScanScale } from '../catalogue';

/**
 * A plan as a document: what the print view and the Markdown download show, in one place.
 * Every string in it is plain text; the renderers decide how to escape it.
 */

export interface DocLine {
  label: string;
  value: string;
}

export interface DocAction {
  title: string;
  what: string;
  owner: string;
  due?: string;
  done: boolean;
  /** From the catalogue: why, with its citation and where the source is listed. */
  why?: { text: string; cite: string; href: string };
  more?: { title: string; href: string };
}

export interface PlanDoc {
  title: string;
  madeOn: string;
  formalRoute: boolean;
  situation: DocLine[];
  growth: string[];
  phases: Array<{ name: string; actions: DocAction[] }>;
  rhythm?: string;
  planned: string[];
  checkIns: Array<{ date: string; note: string; scores?: DocLine[]; index?: string }>;
  conversation: Array<{ title: string; lines: DocLine[] }>;
}

export function planDocument(plan: Plan, catalogue: ReadonlyMap<string, ResolvedAction>, today: string): PlanDoc {
  const situation = situationOf(plan);
  const lines: DocLine[] =
    plan.start === 'herstel' && situation
      ? (['relationship', 'role', 'violation', 'severity', 'timing', 'talked'] as const).map((k) => ({
          label: situationShort[k],
          value: (situationQuestions[k].options as Record<string, string>)[situation[k]],
        }))
      : [];
  return {
    title: exportText.docTitle(plan.name),
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
            why: source && { text: source.why, cite: source.cite, href: `/bronnen/#${source.source}` },
            more: source && { title: `${source.sectionTitle} (${source.chapterTitle})`, href: sectionHref(source.section) },
          };
        }),
    })).filter((p) => p.actions.length > 0),
    rhythm: plan.rhythm === 'geen' ? undefined : rhythmNames[plan.rhythm],
    planned: checkInDates(plan.firstCheckIn, plan.rhythm).map(formatDate),
    checkIns: plan.checkIns.map((c) => ({
      date: formatDate(c.date),
      note: c.note,
      scores: hasScores(c) ? FACTORS.map((f) => ({ label: factorNames[f], value: String(c.scores[f]) })) : undefined,
      index: hasScores(c) ? formatIndex(quotient(c.scores)) : undefined,
    })),
    conversation: (['ik', 'sbi'] as const)
      .filter((kind) => !isBlank(plan.conversation[kind]))
      .map((kind) => ({
        title: conversationText[kind].legend,
        lines: PARTS[kind]
          .map((p) => ({
            label: (conversationText[kind].parts as Record<string, { label: string }>)[p].label,
            value: (plan.conversation[kind] as Record<string, string>)[p],
          }))
          .filter((l) => l.value.trim() !== ''),
      })),
  };
}
