import { createSlugger } from './slug';

export interface HeadingRef {
  id: string;
  text: string;
  depth: number;
}

/** The ##–###### headings of a markdown body with the ids the site gives them, in order. */
export function headingsOf(body: string): HeadingRef[] {
  const slug = createSlugger();
  const out: HeadingRef[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && line.match(/^(#{2,6})\s+(.+?)\s*#*\s*$/);
    if (m) {
      const text = m[2]!.replace(/[*_`]/g, '');
      out.push({ id: slug(text), text, depth: m[1]!.length });
    }
  }
  return out;
}
