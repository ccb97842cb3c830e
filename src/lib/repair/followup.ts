import { FACTORS, quotient, RISK, type Factor, type Scores } from '../quotient/quotient';
import type { CheckIn, Plan, Rhythm } from './plan';

/**
 * Following a plan up: when the check-ins fall, how far the actions are, and how the
 * re-rated relationship moves between check-ins (Meyer's quotient: an illustrative index,
 * not a measurement).
 */

/** Today's date on the visitor's own clock, "YYYY-MM-DD". */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const asUtc = (date: string) => new Date(`${date}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = asUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** Adds months, keeping the day of the month where it exists (31 January + 1 month = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const d = asUtc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return iso(d);
}

/** How many check-ins cover "the coming months" (about three) for each rhythm. */
export const CHECK_INS_PER_RHYTHM: Record<Exclude<Rhythm, 'geen'>, number> = {
  week: 12,
  'twee-weken': 6,
  maand: 3,
};

/** The n-th check-in date (0 = the first) of a rhythm. */
function nth(first: string, rhythm: Exclude<Rhythm, 'geen'>, n: number): string {
  if (rhythm === 'maand') return addMonths(first, n);
  return addDays(first, n * (rhythm === 'week' ? 7 : 14));
}

/** The planned check-in dates: the first and then the rhythm, over the coming months. */
export function checkInDates(first: string | undefined, rhythm: Rhythm, count?: number): string[] {
  if (!first || rhythm === 'geen') return [];
  const n = count ?? CHECK_INS_PER_RHYTHM[rhythm];
  return Array.from({ length: n }, (_, i) => nth(first, rhythm, i));
}

/** The next planned check-in on or after today, following the rhythm past the first months too. */
export function nextCheckIn(plan: Pick<Plan, 'firstCheckIn' | 'rhythm'>, today: string): string | undefined {
  if (!plan.firstCheckIn || plan.rhythm === 'geen') return undefined;
  for (let i = 0; i < 520; i++) {
    const d = nth(plan.firstCheckIn, plan.rhythm, i);
    if (d >= today) return d;
  }
  return undefined;
}

export function progress(plan: Pick<Plan, 'actions'>): { done: number; total: number } {
  return { done: plan.actions.filter((a) => a.done).length, total: plan.actions.length };
}

/** Open actions whose due date has passed. */
export const overdue = (plan: Pick<Plan, 'actions'>, today: string) =>
  plan.actions.filter((a) => !a.done && a.due !== undefined && a.due < today);

export interface TrendPoint {
  date: string;
  checkInId: string;
  scores: Scores;
  index: number;
}

export interface FactorChange {
  factor: Factor;
  from: number;
  to: number;
  /** Positive = better for trust: higher above the line, lower for the risk factors. */
  gain: number;
}

export interface Trend {
  points: TrendPoint[];
  /** From the first to the last re-rating; undefined with fewer than two. */
  change?: { from: number; to: number; best?: FactorChange | undefined; worst?: FactorChange | undefined };
}

/** The re-ratings over the check-ins, in date order, with what changed most between first and last. */
export function trend(checkIns: readonly CheckIn[]): Trend {
  const points = checkIns
    .filter((c): c is CheckIn & { scores: Scores } => c.scores !== undefined)
    .map((c) => ({ date: c.date, checkInId: c.id, scores: c.scores, index: quotient(c.scores) }))
    .sort((a, b) => a.date.localeCompare(b.date));
  if (points.length < 2) return { points };
  // At least two points, so both ends exist.
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const changes: FactorChange[] = FACTORS.map((factor) => {
    const from = first.scores[factor];
    const to = last.scores[factor];
    return { factor, from, to, gain: RISK.includes(factor) ? from - to : to - from };
  });
  const sorted = [...changes].sort((a, b) => b.gain - a.gain);
  // One change per factor, so the list is never empty.
  const top = sorted[0]!;
  const bottom = sorted[sorted.length - 1]!;
  const best = top.gain > 0 ? top : undefined;
  const worst = bottom.gain < 0 ? bottom : undefined;
  return { points, change: { from: first.index, to: last.index, best, worst } };
}
