import * as v from 'valibot';
import { int } from '../../core/codec-parts';
import { BACKUP_APP, MAX_BACKUP_BYTES } from '../../core/backup';
import { decode } from '../../core/storage';
import { LIMITS, planSchema, plansCodec, type Plan, type Plans } from '../plan-codec';

/**
 * Plans as a JSON file: a back-up of one plan or all of them, and reading such a file back in.
 * Reading checks the whole file first and then only adds plans, so an import never replaces or
 * loses what is already on the device. A "Mijn gegevens" download is accepted too.
 */

export const PLAN_FILE_KIND = 'herstelplannen';
export const PLAN_FILE_FORMAT = 1;

const planFileSchema = v.object({
  app: v.literal(BACKUP_APP),
  kind: v.literal(PLAN_FILE_KIND),
  format: int,
  exportedAt: v.string(),
  plans: v.array(v.unknown()),
});

const siteBackupSchema = v.object({
  app: v.literal(BACKUP_APP),
  data: v.record(v.string(), v.unknown()),
});

export function buildPlanFile(plans: readonly Plan[], now: Date): string {
  return JSON.stringify(
    { app: BACKUP_APP, kind: PLAN_FILE_KIND, format: PLAN_FILE_FORMAT, exportedAt: now.toISOString(), plans },
    null,
    2,
  );
}

export type PlanFileProblem =
  'too-large' | 'not-json' | 'not-ours' | 'too-new' | 'invalid' | 'empty' | 'too-many';

export type ParsedPlanFile = { ok: true; plans: Plan[] } | { ok: false; problem: PlanFileProblem };

function plansIn(json: unknown): Plan[] | PlanFileProblem {
  const file = v.safeParse(planFileSchema, json);
  if (file.success) {
    if (file.output.format > PLAN_FILE_FORMAT) return 'too-new';
    const plans: Plan[] = [];
    for (const p of file.output.plans) {
      const checked = v.safeParse(planSchema, p);
      if (!checked.success) return 'invalid';
      plans.push(checked.output);
    }
    return plans;
  }
  const backup = v.safeParse(siteBackupSchema, json);
  if (backup.success) {
    const envelope = backup.output.data[plansCodec.key];
    if (envelope === undefined) return 'empty';
    const loaded = decode(plansCodec, JSON.stringify(envelope));
    if (loaded.status === 'too-new') return 'too-new';
    return loaded.status === 'ok' ? loaded.value.plans : 'invalid';
  }
  return 'not-ours';
}

/**
 * Checks a file against the plans already here. Plans whose id is taken get a fresh id, so both
 * are kept; if the total would pass the limit nothing is imported.
 */
export function parsePlanFile(text: string, existing: Plans, newId: () => string): ParsedPlanFile {
  if (new TextEncoder().encode(text).length > MAX_BACKUP_BYTES) return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const found = plansIn(json);
  if (typeof found === 'string') return { ok: false, problem: found };
  if (found.length === 0) return { ok: false, problem: 'empty' };
  if (existing.plans.length + found.length > LIMITS.plans) return { ok: false, problem: 'too-many' };
  const taken = new Set(existing.plans.map((p) => p.id));
  const plans = found.map((p) => {
    let id = p.id;
    while (taken.has(id)) id = newId();
    taken.add(id);
    return id === p.id ? p : { ...p, id };
  });
  return { ok: true, plans };
}

/** Adds imported plans after the ones already here; the open plan stays open. */
export const importPlans = (state: Plans, plans: readonly Plan[]): Plans => ({
  ...state,
  plans: [...state.plans, ...plans],
});
