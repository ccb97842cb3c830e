import type { APIRoute } from 'astro';
import { offline } from '../i18n/offline';
import { webManifest } from '../lib/offline/web-manifest';

// The light theme's page colour: the splash screen and title bar match the page a visitor opens
// (the pages' own theme-color tags switch it for the dark theme where browsers support that).
const colours = { theme: '#fbfaf7', background: '#fbfaf7' };

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL, offline.manifest, colours), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
