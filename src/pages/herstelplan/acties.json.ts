import type { APIRoute } from 'astro';
import { getRepairCatalogue } from '../../data/repair-catalogue';

/**
 * The action catalogue, resolved (citations, sections), for the plan builder's later steps: they
 * read it when they open (src/islands/repair/catalogue-data.ts), so the page, which prints the
 * catalogue already, does not carry it a second time in its island's props.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getRepairCatalogue()), {
    headers: { 'Content-Type': 'application/json' },
  });
