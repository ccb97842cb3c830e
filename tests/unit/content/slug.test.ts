import fc from 'fast-check';
import { chapterSlugFromId, createSlugger, slugify } from '../../../src/lib/content/slug';

describe('slugify', () => {
  it('folds accents and punctuation into readable ids', () => {
    expect(slugify('Het vertrouwensquotiënt in één zin')).toBe('het-vertrouwensquotient-in-een-zin');
    expect(slugify('Wat is vertrouwen?')).toBe('wat-is-vertrouwen');
    expect(slugify('  SBI: situatie, gedrag & impact ')).toBe('sbi-situatie-gedrag-impact');
  });

  it('always yields a URL-safe id', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(slugify(text)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
    );
  });

  it('is stable: the same text gives the same id', () => {
    fc.assert(fc.property(fc.string(), (text) => slugify(text) === slugify(text)));
  });
});

describe('createSlugger', () => {
  it('keeps ids unique within a page', () => {
    const slug = createSlugger();
    expect(slug('Valkuilen')).toBe('valkuilen');
    expect(slug('Valkuilen')).toBe('valkuilen-2');
    expect(slug('Valkuilen')).toBe('valkuilen-3');
    expect(slug('???')).toBe('sectie');
  });

  it('never hands out the same id twice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'a-2', 'b', 'A', 'a 2', 'ä')), (texts) => {
        const slug = createSlugger();
        const ids = texts.map(slug);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });
});

describe('chapterSlugFromId', () => {
  it('drops the ordering number from the file name', () => {
    expect(chapterSlugFromId('07-hoe-vertrouwen-afbrokkelt')).toBe('hoe-vertrouwen-afbrokkelt');
    expect(chapterSlugFromId('zonder-nummer')).toBe('zonder-nummer');
  });
});
