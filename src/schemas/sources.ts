import { z } from 'astro/zod';
import { type Same } from './shared';
import type { Source } from '../lib/content/apa';

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const APA_DATE = new RegExp(`^\\d{4}, (?:\\d{1,2} )?(?:${MONTHS})$`);

/** One work in content/sources.yaml, in the parts APA 7 needs. */
export const sourceSchema = z
  .object({
    type: z.enum(['article', 'book', 'chapter', 'web', 'report', 'proceedings']),
    authors: z.string().min(1).optional(),
    year: z.union([z.number().int().min(1800).max(2100), z.literal('z.d.')]),
    /** A fuller date in APA form, shown in place of the year: "2025, 18 juni". */
    date: z.string().regex(APA_DATE, 'a date is written "2025, 18 juni" or "2025, juni"').optional(),
    title: z.string().min(1),
    journal: z.string().optional(),
    volume: z.union([z.number(), z.string()]).optional(),
    issue: z.union([z.number(), z.string()]).optional(),
    pages: z.string().optional(),
    publisher: z.string().optional(),
    editors: z.string().optional(),
    book: z.string().optional(),
    site: z.string().optional(),
    url: z.url().optional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI starts with 10. and has no https://doi.org/')
      .optional(),
    label: z.string().min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.date && !s.date.startsWith(`${s.year},`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `the date must start with the year (${s.year})`,
      });
    }
    if (s.type === 'article' && !s.journal && s.year !== 'z.d.') {
      ctx.addIssue({ code: 'custom', path: ['journal'], message: 'an article needs a journal' });
    }
    if ((s.type === 'book' || s.type === 'chapter') && !s.publisher) {
      ctx.addIssue({ code: 'custom', path: ['publisher'], message: 'a book or chapter needs a publisher' });
    }
  });

// The schema must describe exactly the type the APA formatting works with.
const sameSource: Same<z.infer<typeof sourceSchema>, Source> = true;
void sameSource;
