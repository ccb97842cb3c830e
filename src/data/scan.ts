import { getCollection } from 'astro:content';
import { getSectionResolver } from './chapters';
import { FORMAL_ROUTES_SECTION } from '../islands/scan/guide-links';
import type { Sections } from '../lib/scan/content';
import type { Instrument } from '../lib/scan/scoring';

/** The scan's instruments in page order. */
export async function getInstruments(): Promise<Instrument[]> {
  return (await getCollection('scan')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/**
 * Every "read more" section the instruments name, resolved to a link and its heading text, with
 * the formal routes every result points to. A section that does not exist fails the build, naming
 * the file and the field.
 */
export async function getScanSections(instruments: readonly Instrument[]): Promise<Sections> {
  const resolve = await getSectionResolver();
  const sections: Sections = {};
  // Earlier versions' scales too: an old result still links to what it pointed to.
  for (const ins of instruments) {
    const scales = [
      ...ins.scales.map((s, i) => ({ s, at: `scales.${i}` })),
      ...ins.earlier.flatMap((e, j) => e.scales.map((s, i) => ({ s, at: `earlier.${j}.scales.${i}` }))),
    ];
    for (const { s: scale, at } of scales) {
      for (const ref of scale.read) {
        const s = resolve(ref, `content/scan/${ins.id}.yaml: ${at}.read`);
        sections[ref] = { href: s.href, title: `${s.title} (hoofdstuk ${s.chapterOrder})` };
      }
    }
  }
  const formal = resolve(FORMAL_ROUTES_SECTION, 'src/islands/scan/guide-links.ts');
  sections[FORMAL_ROUTES_SECTION] ??= { href: formal.href, title: formal.title };
  return sections;
}
