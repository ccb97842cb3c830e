import { apaText, inTextCitation, sourceSchema, type Source } from '../../src/lib/sources';

const article: Source = sourceSchema.parse({
  type: 'article',
  authors: 'Mayer, R. C., Davis, J. H., & Schoorman, F. D.',
  year: 1995,
  title: 'An integrative model of organizational trust',
  journal: 'Academy of Management Review',
  volume: 20,
  issue: 3,
  pages: '709–734',
  doi: '10.5465/amr.1995.9508080335',
  label: 'Mayer et al., 1995',
});

describe('APA 7 references', () => {
  it('formats a journal article with DOI', () => {
    expect(apaText(article)).toBe(
      'Mayer, R. C., Davis, J. H., & Schoorman, F. D. (1995). An integrative model of organizational trust. Academy of Management Review, 20(3), 709–734. https://doi.org/10.5465/amr.1995.9508080335',
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

  it('cites in text, in brackets or in the sentence', () => {
    expect(inTextCitation(article)).toBe('(Mayer et al., 1995)');
    expect(inTextCitation(article, { narrative: true })).toBe('Mayer et al. (1995)');
    expect(inTextCitation(article, { page: '712' })).toBe('(Mayer et al., 1995, p. 712)');
  });

  it('rejects a DOI written as a URL and a book without publisher', () => {
    expect(() => sourceSchema.parse({ ...article, doi: 'https://doi.org/10.1/x' })).toThrow(/DOI/);
    expect(() => sourceSchema.parse({ type: 'book', authors: 'X', year: 2000, title: 'T', label: 'X, 2000' })).toThrow(/publisher/);
  });
});
