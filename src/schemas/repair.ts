import { z } from 'astro/zod';
import { flagRepeatedIds, id, type Same } from './shared';
import {
  PHASES,
  RELATIONSHIPS,
  ROLES,
  SCAN_SCALE_IDS,
  SEVERITIES,
  SITUATION_ANSWERS,
  TALKED,
  TIMINGS,
  VIOLATIONS,
  type CatalogueAction,
  type ScanScale,
} from '../lib/repair/catalogue';

/**
 * The contract for content/repair/*.yaml (build time, full zod). A file holds a list of actions;
 * a mistake fails the build naming the file and the field, e.g. `actions.3.source`.
 */

export interface CatalogueRefs {
  /** Keys of content/sources.yaml. */
  sources: () => Set<string>;
  /** Heading ids per chapter slug. */
  sections: () => Map<string, Set<string>>;
}

const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .min(1, 'leave the field out to mean "any"; an empty list would match nothing')
    .refine((l) => new Set(l).size === l.length, 'a value is listed twice');

export const conditionsSchema = z
  .object({
    relationship: listOf(RELATIONSHIPS).optional(),
    role: listOf(ROLES).optional(),
    violation: listOf(VIOLATIONS).optional(),
    severity: listOf(SEVERITIES).optional(),
    timing: listOf(TIMINGS).optional(),
    talked: listOf(TALKED).optional(),
    formalRoute: z.boolean().optional(),
    scanScales: listOf(SCAN_SCALE_IDS as unknown as readonly [ScanScale, ...ScanScale[]]).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.scanScales) return;
    for (const key of Object.keys(SITUATION_ANSWERS) as Array<keyof typeof SITUATION_ANSWERS>) {
      if (c[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `a development action (with scanScales) is chosen by scan scale only; remove ${key}`,
        });
      }
    }
  });

/** One sentence: ends with . ! or ?, and has no sentence end before that. */
const oneSentence = (text: string) => /[.!?]$/.test(text) && !/[.!?]["')]?\s/.test(text.slice(0, -1));

export const catalogueActionSchema = z
  .object({
    id,
    title: z.string().min(5).max(90),
    what: z.string().min(40).max(700),
    why: z.string().min(30).max(280).refine(oneSentence, 'why is one sentence, ending with a full stop'),
    source: id,
    phase: z.enum(PHASES),
    conditions: conditionsSchema.default({}),
    section: z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'section is "<chapter-slug>#<heading-id>"'),
  })
  .strict();

/** The schema of one catalogue file, checking source keys and chapter sections against the content. */
export function repairFileSchema(refs: CatalogueRefs) {
  return z
    .object({ actions: z.array(catalogueActionSchema).min(1) })
    .strict()
    .superRefine((file, ctx) => {
      const sources = refs.sources();
      const sections = refs.sections();
      flagRepeatedIds(ctx, 'actions', file.actions, (repeated) => `duplicate action id "${repeated}"`);
      file.actions.forEach((a, i) => {
        if (!sources.has(a.source)) {
          ctx.addIssue({
            code: 'custom',
            path: ['actions', i, 'source'],
            message: `no source "${a.source}" in content/sources.yaml`,
          });
        }
        // The section regex guarantees "<slug>#<heading>".
        const [slug = '', heading = ''] = a.section.split('#');
        const chapter = sections.get(slug);
        if (!chapter)
          ctx.addIssue({
            code: 'custom',
            path: ['actions', i, 'section'],
            message: `no chapter "${slug}" in content/chapters`,
          });
        else if (!chapter.has(heading)) {
          ctx.addIssue({
            code: 'custom',
            path: ['actions', i, 'section'],
            message: `chapter "${slug}" has no heading with id "${heading}"`,
          });
        }
      });
    });
}

/** Ids used by more than one catalogue file: the island and stored plans need them unique. */
export function duplicateIds(
  files: ReadonlyArray<{ file: string; actions: ReadonlyArray<{ id: string }> }>,
): string[] {
  const where = new Map<string, string>();
  const problems: string[] = [];
  for (const f of files) {
    for (const a of f.actions) {
      const other = where.get(a.id);
      if (other && other !== f.file)
        problems.push(
          `content/repair/${f.file}: action id "${a.id}" is also used in content/repair/${other}`,
        );
      where.set(a.id, f.file);
    }
  }
  return problems;
}

// The schema must describe exactly the type the rules work with.
const sameAction: Same<z.infer<typeof catalogueActionSchema>, CatalogueAction> = true;
void sameAction;
