import * as v from 'valibot';
import { scoresSchema } from '../quotient/case';
import {
  MAX_SCAN_SCALES,
  PHASES,
  RELATIONSHIPS,
  ROLES,
  SAFETY_CONCERNS,
  KNOWN_SCAN_SCALE_IDS,
  currentScanScales,
  SEVERITIES,
  TALKED,
  TIMINGS,
  VIOLATIONS,
} from './ids';
import type { Codec } from '../core/storage';

/**
 * What a stored repair plan looks like: the schema and codec of `vw:herstelplannen`. Apart from
 * the plan operations (repair-plan.ts) so that "Mijn gegevens" can check plans without them.
 */

export const STEPS = ['veiligheid', 'situatie', 'voorstel', 'plan', 'opvolgen'] as const;
export type Step = (typeof STEPS)[number];
export const RHYTHMS = ['geen', 'week', 'twee-weken', 'maand'] as const;
export type Rhythm = (typeof RHYTHMS)[number];
export const STARTS = ['herstel', 'ontwikkeling'] as const;

export const LIMITS = {
  plans: 20,
  actions: 60,
  checkIns: 100,
  name: 80,
  title: 160,
  text: 1500,
  owner: 80,
  note: 2000,
  part: 600,
} as const;

const isRealDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar date, "YYYY-MM-DD". */
export const dateSchema = v.pipe(v.string(), v.check(isRealDate));
const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const situationDraftSchema = v.object({
  relationship: v.optional(v.picklist(RELATIONSHIPS)),
  role: v.optional(v.picklist(ROLES)),
  violation: v.optional(v.picklist(VIOLATIONS)),
  severity: v.optional(v.picklist(SEVERITIES)),
  timing: v.optional(v.picklist(TIMINGS)),
  talked: v.optional(v.picklist(TALKED)),
});

const planActionSchema = v.object({
  id: idSchema,
  /** The catalogue action it came from; own actions have none. */
  catalogueId: v.optional(idSchema),
  title: text(LIMITS.title),
  what: text(LIMITS.text),
  phase: v.picklist(PHASES),
  owner: text(LIMITS.owner),
  due: v.optional(dateSchema),
  done: v.boolean(),
  doneOn: v.optional(dateSchema),
});

const checkInSchema = v.object({
  id: idSchema,
  date: dateSchema,
  note: text(LIMITS.note),
  /** The relationship re-rated on the quotient's six factors, when the visitor did so. */
  scores: v.optional(scoresSchema),
});

const part = text(LIMITS.part);
export const conversationSchema = v.object({
  ik: v.object({ waarneming: part, gevolg: part, gevoel: part, wens: part }),
  sbi: v.object({ situatie: part, gedrag: part, impact: part, vraag: part }),
});

export const planSchema = v.object({
  id: idSchema,
  name: text(LIMITS.name),
  createdAt: text(40),
  updatedAt: text(40),
  step: v.picklist(STEPS),
  safety: v.object({
    checked: v.boolean(),
    concerns: v.array(v.picklist(SAFETY_CONCERNS)),
    /** With a concern: the visitor chose to go on with what remains besides the formal route. */
    continueForRest: v.boolean(),
  }),
  start: v.picklist(STARTS),
  situation: situationDraftSchema,
  scan: v.object({
    instrument: v.optional(idSchema),
    // A plan saved with version 1 of the scan may hold a scale id that was split since: it reads
    // as the scales that ask the same now, so the plan is neither rejected nor silently changed in meaning.
    scales: v.pipe(
      v.array(v.picklist(KNOWN_SCAN_SCALE_IDS)),
      v.maxLength(MAX_SCAN_SCALES),
      v.transform((ids): string[] => currentScanScales(ids).scales),
    ),
  }),
  adopted: v.boolean(),
  actions: v.pipe(v.array(planActionSchema), v.maxLength(LIMITS.actions)),
  rhythm: v.picklist(RHYTHMS),
  firstCheckIn: v.optional(dateSchema),
  checkIns: v.pipe(v.array(checkInSchema), v.maxLength(LIMITS.checkIns)),
  conversation: conversationSchema,
});

export const plansSchema = v.object({
  openId: v.optional(idSchema),
  plans: v.pipe(v.array(planSchema), v.maxLength(LIMITS.plans)),
});

export type PlanAction = v.InferOutput<typeof planActionSchema>;
export type CheckIn = v.InferOutput<typeof checkInSchema>;
export type Conversation = v.InferOutput<typeof conversationSchema>;
export type Plan = v.InferOutput<typeof planSchema>;
export type Plans = v.InferOutput<typeof plansSchema>;
export type SituationDraft = v.InferOutput<typeof situationDraftSchema>;

export const emptyPlans = (): Plans => ({ plans: [] });

export const plansCodec: Codec<Plans> = {
  key: 'vw:herstelplannen',
  version: 1,
  schema: plansSchema,
  empty: emptyPlans,
};

export const emptyConversation = (): Conversation => ({
  ik: { waarneming: '', gevolg: '', gevoel: '', wens: '' },
  sbi: { situatie: '', gedrag: '', impact: '', vraag: '' },
});
