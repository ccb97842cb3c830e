import { chapterHref, createSectionResolver, sectionHrefs } from '../../../src/data/sections';
import { readChapters } from '../../support/content';

const chapters = readChapters().map((c) => ({ slug: c.slug, title: String(c.frontmatter.title), order: c.number, body: c.body }));
const resolve = createSectionResolver(chapters);

describe('the section resolver', () => {
  it('resolves a section to its link, heading text and chapter', () => {
    const s = resolve('vertrouwen-herstellen#wanneer-formele-routes-voorgaan', 'test');
    expect(s.href).toBe('/gids/vertrouwen-herstellen/#wanneer-formele-routes-voorgaan');
    expect(s.title).toBe('Wanneer formele routes voorgaan');
    expect(s.chapterHref).toBe('/gids/vertrouwen-herstellen/');
    expect(s.chapterTitle).toBe(chapters.find((c) => c.slug === 'vertrouwen-herstellen')!.title);
  });

  it('fails on an unknown heading, naming who asked, the chapter and the heading id', () => {
    expect(() => resolve('vertrouwen-herstellen#bestaat-niet', 'src/pages/scan.astro')).toThrow(
      'src/pages/scan.astro: chapter "vertrouwen-herstellen" has no heading with id "bestaat-niet"',
    );
  });

  it('fails on an unknown chapter and on a reference that is not "slug#id"', () => {
    expect(() => resolve('geen-hoofdstuk#iets', 'here')).toThrow('here: no chapter "geen-hoofdstuk" in content/chapters');
    expect(() => resolve('vertrouwen-herstellen', 'here')).toThrow('here: "vertrouwen-herstellen" is not a section');
  });

  it('turns a named set of sections into the map of links an island gets, naming the entry that fails', () => {
    expect(sectionHrefs(resolve, { formal: 'vertrouwen-herstellen#wanneer-formele-routes-voorgaan' }, 'page')).toEqual({
      formal: '/gids/vertrouwen-herstellen/#wanneer-formele-routes-voorgaan',
    });
    expect(() => sectionHrefs(resolve, { model: 'het-vertrouwensquotient#weg' }, 'page')).toThrow(
      'page (model): chapter "het-vertrouwensquotient" has no heading with id "weg"',
    );
  });

  it('builds chapter links with a trailing slash, the section after the #', () => {
    expect(chapterHref('het-vertrouwensquotient')).toBe('/gids/het-vertrouwensquotient/');
    expect(chapterHref('het-vertrouwensquotient', 'een-rekenvoorbeeld')).toBe('/gids/het-vertrouwensquotient/#een-rekenvoorbeeld');
  });
});
