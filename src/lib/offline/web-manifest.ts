import { APP_ICONS } from './app-icons';
import { normaliseBase, sitePath } from '../core/site-path';

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
  const root = normaliseBase(base);
  return {
    id: root,
    name: texts.name,
    short_name: texts.shortName,
    description: texts.description,
    lang: 'nl',
    dir: 'ltr',
    start_url: root,
    scope: root,
    display: 'standalone',
    theme_color: colours.theme,
    background_color: colours.background,
    icons: [
      { src: sitePath('favicon.svg', base), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...APP_ICONS.map((icon) => ({
        src: sitePath(`icons/${icon.file}`, base),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
    ],
  };
}
