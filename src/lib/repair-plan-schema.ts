import * as z from 'zod/mini';
import type { Factor } from './quotient';
import {
  MAX_SCAN_SCALES,
  PHASES,
  RELATIONSHIPS,
  ROLES,
  SAFETY_CONCERNS,
  SCAN_SCALE_IDS,
  SEVERITIES,
  TALKED,
  TIMINGS,
  VIOLATIONS,
} from './repair-ids';
import type { Codec } from './storage';

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

/** Every check is a plain predicate: one kind of check keeps the validation code every page shares small. */
const where = <T>(test: (value: T) => boolean) => z.refine<T>(test);
const atMost = (max: number) => where((a: { length: number }) => a.length <= max);

const isRealDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar date, "YYYY-MM-DD". */
export const dateSchema = z.string().check(where(isRealDate));
const idSchema = z.string().check(where((s: string) => /^[a-z0-9-]{1,64}$/.test(s)));
const text = (max: number) => z.string().check(atMost(max));
/**
 * The quotient's six factors and its 1–10 scale (FACTORS, SCORE_MIN and SCORE_MAX in quotient.ts),
 * spelled out so that "Mijn gegevens" can check stored plans without loading the calculator's code;
 * tests/unit/repair-plan.test.ts keeps them equal to quotient.ts.
 */
export const SCORE_KEYS = ['competence', 'reliability', 'intentions', 'integrity', 'probability', 'impact'] as const satisfies readonly Factor[];
export const SCORE_RANGE = [1, 10] as const;
const score = z.int().check(where((n: number) => n >= SCORE_RANGE[0] && n <= SCORE_RANGE[1]));

export const scoresSchema = z.object(Object.fromEntries(SCORE_KEYS.map((f) => [f, score])) as Record<Factor, typeof score>);

const situationDraftSchema = z.object({
  relationship: z.optional(z.enum(RELATIONSHIPS)),
  role: z.optional(z.enum(ROLES)),
  violation: z.optional(z.enum(VIOLATIONS)),
  severity: z.optional(z.enum(SEVERITIES)),
  timing: z.optional(z.enum(TIMINGS)),
  talked: z.optional(z.enum(TALKED)),
});

const planActionSchema = z.object({
  id: idSchema,
  /** The catalogue action it came from; own actions have none. */
  catalogueId: z.optional(idSchema),
  title: text(LIMITS.title),
  what: text(LIMITS.text),
  phase: z.enum(PHASES),
  owner: text(LIMITS.owner),
  due: z.optional(dateSchema),
  done: z.boolean(),
  doneOn: z.optional(dateSchema),
});

const checkInSchema = z.object({
  id: idSchema,
  date: dateSchema,
  note: text(LIMITS.note),
  /** The relationship re-rated on the quotient's six factors, when the visitor did so. */
  scores: z.optional(scoresSchema),
});

const part = text(LIMITS.part);
export const conversationSchema = z.object({
  ik: z.object({ waarneming: part, gevolg: part, gevoel: part, wens: part }),
  sbi: z.object({ situatie: part, gedrag: part, impact: part, vraag: part }),
});

export const planSchema = z.object({
  id: idSchema,
  name: text(LIMITS.name),
  createdAt: text(40),
  updatedAt: text(40),
  step: z.enum(STEPS),
  safety: z.object({
    checked: z.boolean(),
    concerns: z.array(z.enum(SAFETY_CONCERNS)),
    /** With a concern: the visitor chose to go on with what remains besides the formal route. */
    continueForRest: z.boolean(),
  }),
  start: z.enum(STARTS),
  situation: situationDraftSchema,
  scan: z.object({
    instrument: z.optional(idSchema),
    scales: z.array(z.enum(SCAN_SCALE_IDS as [string, ...string[]])).check(atMost(MAX_SCAN_SCALES)),
  }),
  adopted: z.boolean(),
  actions: z.array(planActionSchema).check(atMost(LIMITS.actions)),
  rhythm: z.enum(RHYTHMS),
  firstCheckIn: z.optional(dateSchema),
  checkIns: z.array(checkInSchema).check(atMost(LIMITS.checkIns)),
  conversation: conversationSchema,
});

export const plansSchema = z.object({
  openId: z.optional(idSchema),
  plans: z.array(planSchema).check(atMost(LIMITS.plans)),
});

export type PlanAction = z.infer<typeof planActionSchema>;
export type CheckIn = z.infer<typeof checkInSchema>;
export type Conversation = z.infer<typeof conversationSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Plans = z.infer<typeof plansSchema>;
export type SituationDraft = z.infer<typeof situationDraftSchema>;

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
