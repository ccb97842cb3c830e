import * as v from 'valibot';
import { int } from '../core/codec-parts';
import { siteLink } from '../core/codec-links';
import type { ScanContent } from './content';

/**
 * The scan's instruments as the browser reads them from scan/vragenlijsten.json. The zod schema
 * checked them at build time; here only their shape, and that every link stays on this site.
 */

const text = v.string();
const ids = v.array(v.string());
// Two scales; checked by length rather than with a tuple schema, which every page would then load
// (valibot's parts end up in the chunk the stored data already needs).
const pair = v.pipe(
  v.array(text),
  v.length(2),
  v.transform((scales) => scales as [string, string]),
);

const instrumentSchema = v.object({
  id: text,
  version: int,
  order: int,
  title: text,
  summary: text,
  intro: text,
  minutes: int,
  response: v.object({ labels: v.array(text), unknown: text }),
  bands: v.array(v.object({ id: text, label: text, from: int, meaning: text })),
  unevenAt: int,
  unevenNote: text,
  scales: v.array(
    v.object({
      id: text,
      name: text,
      description: text,
      read: ids,
      advice: v.record(v.string(), text),
      referent: v.optional(text),
      safety: v.optional(v.boolean()),
    }),
  ),
  items: v.array(v.object({ id: text, scale: text, text, reversed: v.boolean() })),
  gaps: v.array(v.object({ name: text, scales: pair })),
  earlier: v.array(
    v.object({
      version: int,
      scales: v.array(v.object({ id: text, name: text, description: text, read: ids })),
    }),
  ),
});

const contentSchema = v.object({
  instruments: v.array(instrumentSchema),
  sections: v.record(v.string(), v.object({ href: siteLink, title: text })),
});

// What the schema reads must be exactly what the scan's rules and screens work with.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameContent: Same<v.InferOutput<typeof contentSchema>, ScanContent> = true;
void sameContent;

/** The instruments from their JSON, or undefined when it is not what the scan reads. */
export function decodeScanContent(json: unknown): ScanContent | undefined {
  const parsed = v.safeParse(contentSchema, json);
  return parsed.success ? parsed.output : undefined;
}
