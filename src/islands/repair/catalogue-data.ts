import type { ResolvedAction } from '../../lib/repair/catalogue';
import { decodeCatalogue } from '../../lib/repair/catalogue-codec';
import { readSiteData } from '../shared/site-data';

/** The action catalogue by id, from the file the build writes beside the page (loaded on demand). */
export async function loadCatalogue(): Promise<ReadonlyMap<string, ResolvedAction>> {
  const actions = await readSiteData('herstelplan/acties.json', decodeCatalogue);
  return new Map(actions.map((a) => [a.id, a]));
}
