import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { APP_ICONS, maskableSvg, type AppIcon } from '../../lib/offline/app-icons';
import logo from '../../../public/favicon.svg?raw';

// The app icons are drawn at build time from the same SVG as the favicon, so they never drift.
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { icon: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props: { icon } }) => {
  const svg = icon.purpose === 'maskable' ? maskableSvg(logo) : logo;
  const png = await sharp(Buffer.from(svg), { density: (72 * icon.size) / 32 })
    .resize(icon.size, icon.size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
