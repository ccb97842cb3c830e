import * as v from 'valibot';
import { siteLink } from '../core/codec-links';
import { PHASES, RELATIONSHIPS, ROLES, SCAN_SCALE_IDS, SEVERITIES, TALKED, TIMINGS, VIOLATIONS } from './ids';
import type { ResolvedAction } from './catalogue';

/**
 * The action catalogue as the browser reads it: the build writes it, resolved, next to the
 * builder's page (src/pages/herstelplan/acties.json.ts) rather than into the page's island props,
 * and the steps that need it read it when they open. Checked against the zod schema at build time;
 * here only its shape, the values the rules compare and that every link stays on this site.
 */

const listOf = <T extends readonly string[]>(values: T) => v.optional(v.array(v.picklist(values)));

const actionSchema = v.object({
  id: v.string(),
  title: v.string(),
  what: v.string(),
  why: v.string(),
  source: v.string(),
  phase: v.picklist(PHASES),
  conditions: v.object({
    relationship: listOf(RELATIONSHIPS),
    role: listOf(ROLES),
    violation: listOf(VIOLATIONS),
    severity: listOf(SEVERITIES),
    timing: listOf(TIMINGS),
    talked: listOf(TALKED),
    formalRoute: v.optional(v.boolean()),
    scanScales: listOf(SCAN_SCALE_IDS),
  }),
  section: v.string(),
  cite: v.string(),
  sectionTitle: v.string(),
  chapterTitle: v.string(),
  sectionHref: siteLink,
  sourceHref: siteLink,
});

const catalogueSchema = v.array(actionSchema);

// What the schema reads must be exactly what the rules and the steps work with.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameAction: Same<v.InferOutput<typeof actionSchema>, ResolvedAction> = true;
void sameAction;

/** The catalogue from its JSON, or undefined when it is not one. */
export function decodeCatalogue(json: unknown): ResolvedAction[] | undefined {
  const parsed = v.safeParse(catalogueSchema, json);
  return parsed.success ? parsed.output : undefined;
}
