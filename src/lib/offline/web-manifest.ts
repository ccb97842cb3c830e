import { APP_ICONS } from './app-icons';

export interface ManifestTexts {
  name: string;
  shortName: string;
  description: string;
}

export interface ManifestColours {
  theme: string;
  background: string;
}

/**
 * The web app manifest for a site served under `base` (Astro's `base`, with a trailing slash):
 * every URL in it starts with the base, so a copy under a path installs as its own app.
 */
export function webManifest(base: string, texts: ManifestTexts, colours: ManifestColours) {
  return {
    id: base,
    name: texts.name,
    short_name: texts.shortName,
    description: texts.description,
    lang: 'nl',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: colours.theme,
    background_color: colours.background,
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...APP_ICONS.map((icon) => ({
        src: `${base}icons/${icon.file}`,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
    ],
  };
}
