import { bibliographyProblems } from '../../../src/lib/content/bibliography';
import { apaText } from '../../../src/lib/content/apa';
import { sourceSchema } from '../../../src/schemas/sources';
import { readYaml } from '../../support/content';
import { must } from '../../support/must';

// content/sources.yaml as a whole: DOIs well formed and unique, every entry with the APA 7 parts
// its type needs.
const sources = readYaml('sources.yaml') as Record<string, Record<string, unknown>>;

// Works that could not be traced yet (issue 14, §3): exempt from the required parts until they are.
const UNIDENTIFIED = ['trustmanagement'];

describe('the bibliography', () => {
  it('has well-formed, unique DOIs and the parts each type of work needs', () => {
    expect(bibliographyProblems(sources, UNIDENTIFIED)).toEqual([]);
  });

  it('exempts only works that are still unidentified', () => {
    for (const key of UNIDENTIFIED) {
      expect(sources[key], key).toBeDefined();
      expect(bibliographyProblems({ [key]: must(sources[key], key) }), `${key} is complete now: drop it from UNIDENTIFIED`).not.toEqual([]);
    }
  });

  it('prints dalton2025 with its full date', () => {
    expect(apaText(sourceSchema.parse(sources.dalton2025))).toMatch(/^Dalton, A\. \(2025, 18 juni\)\. /);
  });

  it('puts the title in the author position for li2025, which has no authors listed', () => {
    const li2025 = must(sources.li2025, 'source li2025');
    const text = apaText(sourceSchema.parse(li2025));
    expect(text.startsWith(`${li2025.title}. (${li2025.year}). ${li2025.journal}`)).toBe(true);
    expect(text.endsWith(`https://doi.org/${li2025.doi}`)).toBe(true);
  });
});

describe('the bibliography check catches', () => {
  const article = { type: 'article', authors: 'A, B.', year: 2020, title: 'T', journal: 'J', volume: 1, label: 'A, 2020' };

  it.each([
    ['a DOI written as a link', 'https://doi.org/10.1234/abc'],
    ['a DOI with a space', '10.1234/ab c'],
    ['a DOI without its prefix', '1234/abc'],
    ['a DOI with a short registrant', '10.12/abc'],
  ])('%s', (_, doi) => {
    expect(bibliographyProblems({ x: { ...article, doi } })).toEqual([expect.stringMatching(/^x\.doi: .* is not a DOI/)]);
  });

  it('the same DOI on two entries, in any case', () => {
    expect(bibliographyProblems({ a: { ...article, doi: '10.1234/ABC' }, b: { ...article, doi: '10.1234/abc' } })).toEqual([
      'b.doi: 10.1234/abc is also the DOI of a',
    ]);
  });

  it.each([
    ['an article without journal', { ...article, journal: undefined }, 'x.journal'],
    ['an article without volume or DOI', { ...article, volume: undefined }, 'x.volume'],
    ['a book without publisher', { type: 'book', year: 2000, title: 'T', label: 'L' }, 'x.publisher'],
    ['a chapter without its book', { type: 'chapter', year: 2000, title: 'T', editors: 'E (Red.)', publisher: 'P', label: 'L' }, 'x.book'],
    ['a web page without URL', { type: 'web', year: 2000, title: 'T', site: 'S', label: 'L' }, 'x.url'],
    ['a web page without site', { type: 'web', year: 2000, title: 'T', url: 'https://example.org/', label: 'L' }, 'x.site'],
    ['an entry without title', { ...article, title: '' }, 'x.title'],
  ])('%s', (_, entry, field) => {
    const got = bibliographyProblems({ x: entry as Record<string, unknown> });
    expect(got.some((p) => p.startsWith(`${field}:`)), got.join('; ')).toBe(true);
  });

  it('and accepts an online-first article that has a DOI but no volume yet', () => {
    expect(bibliographyProblems({ x: { ...article, volume: undefined, doi: '10.1234/abc' } })).toEqual([]);
  });
});
