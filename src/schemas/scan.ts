import { z } from 'astro/zod';
import { id, type Same } from './shared';
import type { Instrument } from '../lib/scan/scoring';

/**
 * The contract for content/scan/*.yaml (used at build time). Besides the shape it checks what a
 * scan needs to score honestly: every item belongs to a scale, every scale has 3–6 items,
 * reverse-keyed items exist, bands are ordered and every scale has advice for every band; compared
 * pairs name two scales that each say whom they ask about; earlier versions are older than this one.
 */

const text = (min: number) => z.string().trim().min(min);

// Version 2 asks about colleagues and the leader in separate scales, so an instrument may have up to
// twelve scales; forty items (about ten seconds each) keep it under ten minutes.
export const SCAN_LIMITS = { items: [20, 40], scales: [5, 12], itemsPerScale: [3, 6] } as const;

const bandSchema = z
  .object({
    id,
    label: text(3),
    from: z.number().int().min(0).max(99),
    meaning: text(20),
  })
  .strict();

const scaleSchema = z
  .object({
    id,
    name: text(3),
    description: text(20),
    read: z
      .array(z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a section to read is "chapter-slug#heading-id"'))
      .min(1, 'every scale points to at least one chapter section')
      .max(3),
    advice: z.record(id, text(30)),
    referent: text(3).optional(),
    /** A low score may mean the visitor is not safe at work: the result then points to help. */
    safety: z.boolean().optional(),
  })
  .strict();

const gapSchema = z.object({ name: text(3), scales: z.tuple([id, id]) }).strict();

const earlierSchema = z
  .object({
    version: z.number().int().min(1),
    scales: z
      .array(
        z.object({ id, name: text(3), description: text(20), read: z.array(z.string()).max(3) }).strict(),
      )
      .min(1),
  })
  .strict();

const itemSchema = z
  .object({
    id,
    scale: id,
    text: text(15).max(120, 'one idea per item: keep it under 120 characters'),
    reversed: z.boolean().default(false),
  })
  .strict();

export const instrumentSchema = z
  .object({
    id,
    version: z.number().int().min(1),
    order: z.number().int().min(1),
    title: text(5),
    summary: text(20).max(200),
    intro: text(40),
    minutes: z.number().int().min(2).max(20),
    response: z
      .object({
        labels: z.array(text(3)).length(5, 'the response scale has five points'),
        unknown: text(5),
      })
      .strict(),
    bands: z.array(bandSchema).min(2).max(5),
    unevenAt: z.number().int().min(10).max(100).default(40),
    unevenNote: text(40),
    scales: z.array(scaleSchema),
    items: z.array(itemSchema),
    gaps: z.array(gapSchema).default([]),
    earlier: z.array(earlierSchema).default([]),
  })
  .strict()
  .superRefine((ins, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const [minItems, maxItems] = SCAN_LIMITS.items;
    const [minScales, maxScales] = SCAN_LIMITS.scales;
    const [minPer, maxPer] = SCAN_LIMITS.itemsPerScale;

    if (ins.items.length < minItems || ins.items.length > maxItems)
      issue(['items'], `${ins.items.length} items; an instrument has ${minItems}–${maxItems}`);
    if (ins.scales.length < minScales || ins.scales.length > maxScales)
      issue(['scales'], `${ins.scales.length} scales; an instrument has ${minScales}–${maxScales}`);
    if (!ins.items.some((i) => i.reversed))
      issue(['items'], 'an instrument needs reverse-keyed items (reversed: true)');

    ins.bands.forEach((b, i) => {
      if (i === 0 && b.from !== 0) issue(['bands', 0, 'from'], 'the first band starts at 0');
      const previous = i > 0 ? ins.bands[i - 1] : undefined;
      if (previous && b.from <= previous.from)
        issue(['bands', i, 'from'], `bands are ordered: ${b.from} is not above ${previous.from}`);
    });
    const bandIds = ins.bands.map((b) => b.id);

    const seen = new Set<string>();
    ins.scales.forEach((s, i) => {
      if (seen.has(s.id)) issue(['scales', i, 'id'], `duplicate scale id "${s.id}"`);
      seen.add(s.id);
      const count = ins.items.filter((it) => it.scale === s.id).length;
      if (count < minPer || count > maxPer)
        issue(['scales', i], `scale "${s.id}" has ${count} items; a scale has ${minPer}–${maxPer}`);
      const missing = bandIds.filter((b) => !(b in s.advice));
      const extra = Object.keys(s.advice).filter((b) => !bandIds.includes(b));
      if (missing.length)
        issue(['scales', i, 'advice'], `scale "${s.id}" has no advice for band ${missing.join(', ')}`);
      if (extra.length)
        issue(['scales', i, 'advice'], `scale "${s.id}" has advice for unknown band ${extra.join(', ')}`);
    });

    ins.gaps.forEach((g, i) => {
      g.scales.forEach((sid, j) => {
        const scale = ins.scales.find((s) => s.id === sid);
        if (!scale) issue(['gaps', i, 'scales', j], `no scale "${sid}"`);
        else if (!scale.referent)
          issue(['gaps', i, 'scales', j], `scale "${sid}" is compared, so it needs a referent`);
      });
      if (g.scales[0] === g.scales[1]) issue(['gaps', i, 'scales'], 'a gap compares two different scales');
    });
    ins.earlier.forEach((e, i) => {
      if (e.version >= ins.version)
        issue(['earlier', i, 'version'], `an earlier version is below ${ins.version}`);
    });

    const itemIds = new Set<string>();
    ins.items.forEach((it, i) => {
      if (itemIds.has(it.id)) issue(['items', i, 'id'], `duplicate item id "${it.id}"`);
      itemIds.add(it.id);
      if (!seen.has(it.scale)) issue(['items', i, 'scale'], `item "${it.id}": no scale "${it.scale}"`);
    });
  });

// The schema must describe exactly the type the scoring code works with.
const sameInstrument: Same<z.infer<typeof instrumentSchema>, Instrument> = true;
void sameInstrument;
