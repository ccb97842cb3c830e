import { headingsOf } from './headings';

/** Markdown inline syntax and MDX tags reduced to the words a reader sees. */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/<([A-Z][A-Za-z]*)\b[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The list items (first level) of the section under a given heading id, as plain text. */
export function sectionListItems(body: string, headingId: string): string[] {
  const headings = headingsOf(body);
  const index = headings.findIndex((h) => h.id === headingId);
  const heading = headings[index];
  if (!heading) return [];
  const lines = body.split('\n');
  let seen = -1;
  let start = -1;
  let end = lines.length;
  for (const [i, line] of lines.entries()) {
    if (!/^#{2,6}\s/.test(line)) continue;
    seen += 1;
    if (seen === index) start = i + 1;
    else if (start !== -1 && line.match(/^#+/)![0].length <= heading.depth) {
      end = i;
      break;
    }
  }
  const items: string[] = [];
  for (const line of lines.slice(start, end)) {
    const item = line.match(/^(?:[-*+]|\d+\.)\s+(.*)$/);
    if (item) items.push(plainInline(item[1]!));
    else if (/^\s{2,}\S/.test(line) && items.length) items[items.length - 1] += ` ${plainInline(line)}`;
  }
  return items;
}
