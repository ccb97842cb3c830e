import { decodeScanContent } from '../../../src/lib/scan/content-codec';
import type { ScanContent } from '../../../src/lib/scan/content';
import { at } from '../../support/must';
import { readInstruments } from '../../support/scan';

// The scan island reads the instruments in full from a JSON file beside the page: what it reads
// must be the instruments as the build validated them, and nothing that is not.
const instruments = readInstruments();
const sections = {
  'vertrouwen-herstellen#excuses': { href: '/gids/vertrouwen-herstellen/#excuses', title: 'Excuses' },
};
const content: ScanContent = { instruments, sections };
const overJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const first = at(instruments, 0, 'instrument');
const withFirst = (change: Record<string, unknown>) =>
  overJson({ sections, instruments: [{ ...first, ...change }, ...instruments.slice(1)] });

describe('the scan instruments as the browser reads them', () => {
  it('reads the validated instruments back exactly, through JSON', () => {
    expect(decodeScanContent(overJson(content))).toEqual(content);
  });

  it.each([
    ['a list of instruments alone', instruments],
    ['no sections', { instruments }],
    ['an item without text', withFirst({ items: [{ id: 'a', scale: 'b', reversed: false }] })],
    ['a version that is not a whole number', withFirst({ version: 1.5 })],
    ['a compared pair of three scales', withFirst({ gaps: [{ name: 'x', scales: ['a', 'b', 'c'] }] })],
    ['advice that is not text', withFirst({ scales: [{ ...at(first.scales, 0), advice: { laag: 3 } }] })],
    [
      'a script as a section link',
      { instruments, sections: { x: { href: 'javascript:alert(1)', title: 'x' } } },
    ],
    [
      'another host as a section link',
      { instruments, sections: { x: { href: '//evil.example/', title: 'x' } } },
    ],
  ])('refuses %s', (_, json) => {
    expect(decodeScanContent(overJson(json))).toBeUndefined();
  });
});
