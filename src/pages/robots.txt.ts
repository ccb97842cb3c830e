import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/core/site-path';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl('sitemap.xml', import.meta.env.BASE_URL, site ?? '')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
