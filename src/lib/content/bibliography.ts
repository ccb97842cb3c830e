/**
 * Checks over the whole bibliography (content/sources.yaml) that one entry's schema cannot make:
 * DOIs well formed and unique, and the APA 7 parts each type of work needs. Pure: entries in,
 * problems out, each naming the key and the field.
 */

/** "10.<registrant>/<suffix>": no https://doi.org/ in front, no whitespace. */
export const DOI = /^10\.\d{4,9}\/\S+$/;

type Entry = Record<string, unknown>;

/** The APA 7 parts a reference of each type cannot do without (title and year every type needs). */
export const REQUIRED_PARTS: Record<string, readonly string[]> = {
  article: ['journal'],
  book: ['publisher'],
  chapter: ['editors', 'book', 'publisher'],
  proceedings: ['book'],
  report: ['publisher'],
  web: ['site', 'url'],
};

const present = (v: unknown) => v !== undefined && v !== null && String(v).trim() !== '';

/**
 * Problems in a bibliography. `unidentified` lists keys of works that could not be traced yet:
 * they are exempt from the required parts (not from the DOI checks).
 */
export function bibliographyProblems(entries: Record<string, Entry>, unidentified: readonly string[] = []): string[] {
  const problems: string[] = [];
  const byDoi = new Map<string, string>();
  for (const [key, e] of Object.entries(entries)) {
    for (const field of ['title', 'year', 'label']) if (!present(e[field])) problems.push(`${key}.${field}: missing`);
    if (e.doi !== undefined) {
      const doi = String(e.doi);
      if (!DOI.test(doi)) problems.push(`${key}.doi: "${doi}" is not a DOI of the form 10.NNNN/… (no https://doi.org/, no spaces)`);
      const seen = byDoi.get(doi.toLowerCase());
      if (seen) problems.push(`${key}.doi: ${doi} is also the DOI of ${seen}`);
      else byDoi.set(doi.toLowerCase(), key);
    }
    if (unidentified.includes(key)) continue;
    const required = REQUIRED_PARTS[String(e.type)];
    if (!required) {
      problems.push(`${key}.type: unknown type "${String(e.type)}"`);
      continue;
    }
    for (const field of required) if (!present(e[field])) problems.push(`${key}.${field}: a ${e.type} needs a ${field}`);
    // APA 7: an article has a volume; without one it is an advance online publication, found by its DOI.
    if (e.type === 'article' && !present(e.volume) && !present(e.doi)) {
      problems.push(`${key}.volume: an article needs a volume, or a DOI when it is published online ahead of an issue`);
    }
    if (e.type === 'article' && present(e.issue) && !present(e.volume)) problems.push(`${key}.volume: an issue without a volume`);
  }
  return problems;
}
