import type { APIRoute } from 'astro';
import { getInstruments, getScanSections } from '../../data/scan';
import type { ScanContent } from '../../lib/scan/content';

/**
 * The scan's instruments in full, with the sections their results link to: the island reads them
 * when the visitor starts, resumes or opens a result (src/islands/scan/content-data.ts), so the
 * page's HTML carries only what its first screen shows.
 */
export const GET: APIRoute = async () => {
  const instruments = await getInstruments();
  const content: ScanContent = { instruments, sections: await getScanSections(instruments) };
  return new Response(JSON.stringify(content), { headers: { 'Content-Type': 'application/json' } });
};
