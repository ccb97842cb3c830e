import { z } from 'zod';

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
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI starts with 10. and has no https://doi.org/').optional(),
    label: z.string().min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.date && !s.date.startsWith(`${s.year},`)) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `the date must start with the year (${s.year})` });
    }
    if (s.type === 'article' && !s.journal && s.year !== 'z.d.') {
      ctx.addIssue({ code: 'custom', path: ['journal'], message: 'an article needs a journal' });
    }
    if ((s.type === 'book' || s.type === 'chapter') && !s.publisher) {
      ctx.addIssue({ code: 'custom', path: ['publisher'], message: 'a book or chapter needs a publisher' });
    }
  });

export type Source = z.infer<typeof sourceSchema>;

/** A piece of an APA reference: italic parts are marked so a renderer can emphasise them. */
export interface RefPart {
  text: string;
  italic?: boolean;
}

const endWith = (text: string, mark = '.') => (/[.?!]$/.test(text) ? text : text + mark);

/** Builds an APA 7 reference list entry as parts (plain text joined = the reference). */
export function apaParts(s: Source): RefPart[] {
  const parts: RefPart[] = [];
  const year = `(${s.date ?? s.year}).`;
  const link = s.doi ? `https://doi.org/${s.doi}` : s.url;
  if (s.authors) {
    parts.push({ text: `${endWith(s.authors)} ${year} ` });
  }
  const titleItalic = s.type === 'book' || s.type === 'web' || s.type === 'report';
  if (s.authors) {
    parts.push({ text: endWith(s.title), italic: titleItalic });
  } else {
    // Without an author the title takes the author's place (APA 7, 9.12).
    parts.push({ text: endWith(s.title), italic: titleItalic });
    parts.push({ text: ` ${year}` });
  }
  switch (s.type) {
    case 'article':
      if (s.journal) {
        parts.push({ text: ' ' });
        parts.push({ text: s.volume !== undefined ? `${s.journal}, ${s.volume}` : s.journal, italic: true });
        let tail = s.issue !== undefined ? `(${s.issue})` : '';
        if (s.pages) tail += `, ${s.pages}`;
        parts.push({ text: `${tail}.` });
      }
      break;
    case 'book':
    case 'report':
      if (s.publisher) parts.push({ text: ` ${endWith(s.publisher)}` });
      break;
    case 'chapter':
    case 'proceedings':
      if (s.book) {
        parts.push({ text: s.editors ? ` In ${s.editors}, ` : ' In ' });
        parts.push({ text: s.book, italic: true });
        parts.push({ text: s.pages ? ` (pp. ${s.pages}).` : '.' });
      }
      if (s.publisher) parts.push({ text: ` ${endWith(s.publisher)}` });
      break;
    case 'web':
      if (s.site && s.site !== s.authors) parts.push({ text: ` ${endWith(s.site)}` });
      break;
  }
  if (link) parts.push({ text: ` ${link}` });
  return parts;
}

export function apaText(s: Source): string {
  return apaParts(s)
    .map((p) => p.text)
    .join('');
}

/** In-text citation: "(Mayer et al., 1995)" or, narrative, "Mayer et al. (1995)". */
export function inTextCitation(s: Source, opts: { narrative?: boolean; page?: string } = {}): string {
  const page = opts.page ? `, p. ${opts.page}` : '';
  if (!opts.narrative) return `(${s.label}${page})`;
  const i = s.label.lastIndexOf(', ');
  return i === -1 ? `${s.label}${page}` : `${s.label.slice(0, i)} (${s.label.slice(i + 2)}${page})`;
}
