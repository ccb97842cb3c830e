import { plainInline, sectionListItems } from '../../../src/lib/content/chapter-text';
import { readChapters } from '../../support/content';

const body = `Intro.

## Reflectievragen

- Wanneer merkte je **voor het laatst** dat je iemand vertrouwde?
- Wat doe je als een [collega](/gids/x/) zich niet aan een afspraak houdt?
  Denk aan een concreet voorbeeld.
1. Genummerd werkt ook.

## Kennischeck

- Dit hoort er niet bij.
`;

describe('sectionListItems', () => {
  it('takes the list under one heading, as plain text, continuation lines included', () => {
    expect(sectionListItems(body, 'reflectievragen')).toEqual([
      'Wanneer merkte je voor het laatst dat je iemand vertrouwde?',
      'Wat doe je als een collega zich niet aan een afspraak houdt? Denk aan een concreet voorbeeld.',
      'Genummerd werkt ook.',
    ]);
  });

  it('gives nothing for a heading that is not there', () => {
    expect(sectionListItems(body, 'bestaat-niet')).toEqual([]);
  });

  it('finds 3–5 reflection questions in every chapter', () => {
    for (const c of readChapters()) {
      const n = sectionListItems(c.body, 'reflectievragen').length;
      expect(n, c.file).toBeGreaterThanOrEqual(3);
      expect(n, c.file).toBeLessThanOrEqual(6);
    }
  });
});

describe('plainInline', () => {
  it('drops components, links and emphasis but keeps their words', () => {
    expect(plainInline('Zie <Term id="x">integriteit</Term> en <Cite id="y" /> in [hoofdstuk 1](/gids/a/), *kort*.')).toBe(
      'Zie integriteit en in hoofdstuk 1, kort.',
    );
  });
});
