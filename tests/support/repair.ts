import { repairFileSchema } from '../../src/lib/repair-schema';
import type { CatalogueAction, ResolvedAction } from '../../src/lib/repair-catalogue';
import { readChapters, readRepairFiles, readYaml } from './content';

/** The real catalogue from content/repair/, validated as the build does. */
export function loadCatalogue(): CatalogueAction[] {
  const sources = new Set(Object.keys(readYaml('sources.yaml')));
  const sections = new Map(readChapters().map((c) => [c.slug, new Set(c.headingIds)]));
  const schema = repairFileSchema({ sources: () => sources, sections: () => sections });
  return readRepairFiles().flatMap((f) => schema.parse(f.data).actions);
}

/** The catalogue as the page hands it to the island (citation and titles filled in simply). */
export function loadResolvedCatalogue(): ResolvedAction[] {
  const sources = readYaml('sources.yaml') as Record<string, { label: string }>;
  return loadCatalogue().map((a) => ({
    ...a,
    cite: `(${sources[a.source].label})`,
    sectionTitle: a.section.split('#')[1],
    chapterTitle: a.section.split('#')[0],
  }));
}
