import { apaText, inTextCitation, type Source } from '../../../src/lib/content/apa';
import { sourceSchema } from '../../../src/schemas/sources';

// An invented article: the shape of a reference is what is tested, not a real work.
const article: Source = sourceSchema.parse({
  type: 'article',
  authors: 'Jansen, A. B., De Vries, C., & Peeters, D. E.',
  year: 2019,
  title: 'Vertrouwen op de werkvloer',
  journal: 'Tijdschrift voor Samenwerking',
  volume: 12,
  issue: 4,
  pages: '101–120',
  doi: '10.1234/tvs.2019.0004',
  label: 'Jansen et al., 2019',
});

describe('APA 7 references', () => {
  it('formats a journal article with DOI', () => {
    expect(apaText(article)).toBe(
      'Jansen, A. B., De Vries, C., & Peeters, D. E. (2019). Vertrouwen op de werkvloer. Tijdschrift voor Samenwerking, 12(4), 101–120. https://doi.org/10.1234/tvs.2019.0004',
    );
  });

  it('formats a book with its publisher', () => {
    const book = sourceSchema.parse({ type: 'book', authors: 'Covey, S. M. R.', year: 2006, title: 'The speed of trust', publisher: 'Free Press', label: 'Covey, 2006' });
    expect(apaText(book)).toBe('Covey, S. M. R. (2006). The speed of trust. Free Press.');
  });

  it('puts the title first when there is no author', () => {
    const web = sourceSchema.parse({ type: 'web', year: 'z.d.', title: 'Vertrouwen & draagvlak', label: 'x' });
    expect(apaText(web)).toBe('Vertrouwen & draagvlak. (z.d.).');
  });

  it('formats a chapter in an edited book', () => {
    const ch = sourceSchema.parse({
      type: 'chapter',
      authors: 'Cummings, L. L., & Bromiley, P.',
      year: 1996,
      title: 'The Organizational Trust Inventory (OTI)',
      editors: 'R. M. Kramer & T. R. Tyler (Red.)',
      book: 'Trust in organizations',
      pages: '302–330',
      publisher: 'Sage',
      label: 'Cummings & Bromiley, 1996',
    });
    expect(apaText(ch)).toBe(
      'Cummings, L. L., & Bromiley, P. (1996). The Organizational Trust Inventory (OTI). In R. M. Kramer & T. R. Tyler (Red.), Trust in organizations (pp. 302–330). Sage.',
    );
  });

  it('puts a fuller date in place of the year, and rejects one that does not start with it', () => {
    const web = sourceSchema.parse({ type: 'web', authors: 'Smit, L.', year: 2025, date: '2025, 18 juni', title: 'Een blog', site: 'Voorbeeld', url: 'https://example.org/blog', label: 'Smit, 2025' });
    expect(apaText(web)).toBe('Smit, L. (2025, 18 juni). Een blog. Voorbeeld. https://example.org/blog');
    expect(apaText({ ...web, authors: undefined })).toBe('Een blog. (2025, 18 juni). Voorbeeld. https://example.org/blog');
    expect(() => sourceSchema.parse({ ...web, date: '2024, 18 juni' })).toThrow(/date must start with the year/);
    expect(() => sourceSchema.parse({ ...web, date: '18-06-2025' })).toThrow(/date/);
  });

  it('puts the title of an article without authors in the author position', () => {
    const { authors: _, ...rest } = article;
    expect(apaText(sourceSchema.parse(rest))).toBe(
      'Vertrouwen op de werkvloer. (2019). Tijdschrift voor Samenwerking, 12(4), 101–120. https://doi.org/10.1234/tvs.2019.0004',
    );
  });

  it('cites in text, in brackets or in the sentence', () => {
    expect(inTextCitation(article)).toBe('(Jansen et al., 2019)');
    expect(inTextCitation(article, { narrative: true })).toBe('Jansen et al. (2019)');
    expect(inTextCitation(article, { page: '712' })).toBe('(Jansen et al., 2019, p. 712)');
  });

  it('rejects a DOI written as a URL and a book without publisher', () => {
    expect(() => sourceSchema.parse({ ...article, doi: 'https://doi.org/10.1/x' })).toThrow(/DOI/);
    expect(() => sourceSchema.parse({ type: 'book', authors: 'X', year: 2000, title: 'T', label: 'X, 2000' })).toThrow(/publisher/);
  });
});
