import { THEME_KEY, THEME_VERSION, THEMES } from './theme';

/**
 * The layout's inline theme reader, run before the first paint so a chosen theme never flashes.
 * It is the one inline script Astro does not hash itself: astro.config.mjs hashes this exact text
 * into the Content-Security-Policy, so it is written once, here, from the theme's own constants.
 */
export const THEME_SCRIPT =
  `(function(){var d=document.documentElement;d.classList.add('js');` +
  `try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(THEME_KEY)}));` +
  `if(s.v===${THEME_VERSION}&&${JSON.stringify(THEMES)}.indexOf(s.data)>-1)d.dataset.theme=s.data}catch(e){}})();`;
