import { decodeCatalogue } from '../../../src/lib/repair/catalogue-codec';
import { at } from '../../support/must';
import { loadResolvedCatalogue } from '../../support/repair';

// The plan builder's later steps read the catalogue from a JSON file beside the page; what they
// read must be the catalogue as the build resolved it, and nothing that is not one.
const catalogue = loadResolvedCatalogue();
const overJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const first = at(catalogue, 0, 'action');
const withFirst = (change: Record<string, unknown>) =>
  overJson([{ ...first, ...change }, ...catalogue.slice(1)]);

describe('the action catalogue as the browser reads it', () => {
  it('reads the resolved catalogue back exactly, through JSON', () => {
    expect(decodeCatalogue(overJson(catalogue))).toEqual(catalogue);
  });

  it.each([
    ['not a list', { actions: catalogue }],
    ['an unknown phase', withFirst({ phase: 'later' })],
    ['an unknown answer in a condition', withFirst({ conditions: { severity: ['enorm'] } })],
    ['an unknown scan scale', withFirst({ conditions: { scanScales: ['collegas-humor'] } })],
    ['a missing title', withFirst({ title: undefined })],
    ['a script as the section link', withFirst({ sectionHref: 'javascript:alert(1)' })],
    ['another host as the source link', withFirst({ sourceHref: '//evil.example/bronnen/' })],
    ['a full address as the source link', withFirst({ sourceHref: 'https://evil.example/' })],
  ])('refuses %s', (_, json) => {
    expect(decodeCatalogue(json)).toBeUndefined();
  });
});
