import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { headingsOf } from '../../src/lib/content/headings';
import { countWords, plainText } from '../../src/lib/content/reading-time';

export const CONTENT = join(process.cwd(), 'content');

export interface ChapterFile {
  file: string;
  slug: string;
  number: number;
  frontmatter: Record<string, unknown>;
  body: string;
  headingIds: string[];
  words: number;
}

/** Heading ids as the site makes them. */
export const headingIds = (body: string): string[] => headingsOf(body).map((h) => h.id);

export function readChapters(): ChapterFile[] {
  const dir = join(CONTENT, 'chapters');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const m = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      if (!m) throw new Error(`${file}: no frontmatter`);
      // Both groups are not optional: set whenever the pattern matched.
      const yaml = m[1]!;
      const body = m[2]!;
      return {
        file,
        slug: file.replace(/^\d+-/, '').replace(/\.mdx$/, ''),
        number: Number(file.slice(0, 2)),
        frontmatter: parse(yaml),
        body,
        headingIds: headingIds(body),
        words: countWords(plainText(body)),
      };
    });
}

export const readYaml = (rel: string) =>
  parse(readFileSync(join(CONTENT, rel), 'utf8')) as Record<string, unknown>;

/** The YAML files of a folder of content/ (e.g. "quizzes", "repair", "scan"), parsed, in file order. */
export function readYamlFolder(folder: string): Array<{ file: string; data: unknown }> {
  const dir = join(CONTENT, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, data: parse(readFileSync(join(dir, file), 'utf8')) as unknown }));
}

/** Values of an attribute on a JSX component in MDX, e.g. every id of <Cite id="…">. */
export function componentIds(body: string, component: string, attr = 'id'): string[] {
  return [...body.matchAll(new RegExp(`<${component}\\b[^>]*\\s${attr}="([^"]+)"`, 'g'))].map((m) => m[1]!);
}
