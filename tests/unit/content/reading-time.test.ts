import fc from 'fast-check';
import { countWords, plainText, readingMinutes } from '../../../src/lib/content/reading-time';

describe('reading time', () => {
  it('counts only what a reader reads: no frontmatter, tags or link targets', () => {
    const mdx = `---\ntitle: Iets met veel woorden in de frontmatter\n---\n\nVertrouwen groeit <Cite id="mayer1995" /> langzaam.\n\n## Een kop\n\nLees [dit hoofdstuk](/gids/wat-is-vertrouwen/#een-werkbare-definitie).`;
    expect(countWords(plainText(mdx))).toBe(8);
  });

  it('counts Dutch words with accents and apostrophes as one word', () => {
    expect(countWords("één collega's idee, geïnteresseerd")).toBe(4);
  });

  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes('kort')).toBe(1);
    expect(readingMinutes(Array(1000).fill('woord').join(' '))).toBe(5);
    expect(readingMinutes(Array(1100).fill('woord').join(' '))).toBe(6);
  });

  it('never decreases when text is added', () => {
    fc.assert(
      fc.property(fc.nat(3000), fc.nat(3000), (a, b) => {
        const text = (n: number) => Array(n).fill('woord').join(' ');
        expect(readingMinutes(text(a + b))).toBeGreaterThanOrEqual(readingMinutes(text(a)));
      }),
    );
  });
});
