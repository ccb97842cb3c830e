import { z } from 'astro/zod';

/** An id that is also a URL fragment or file name: lower case letters, digits and dashes. */
export const id = z.string().regex(/^[a-z0-9-]+$/, 'ids are lower case letters, digits and dashes');

/** Flags every entry of `list` whose id an earlier entry already has, at `<list>.<index>.id`. */
export function flagRepeatedIds(
  ctx: z.RefinementCtx,
  list: string,
  entries: readonly { id: string }[],
  message: (id: string) => string,
): void {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id))
      ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: message(entry.id) });
    seen.add(entry.id);
  });
}

/**
 * True only when A and B are the same type. A schema module asserts with it that what the schema
 * accepts is exactly the type the lib works with: `const same: Same<z.infer<typeof s>, T> = true`.
 */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
