/**
 * The colour theme the visitor chose, kept under one storage key: this module is the only place
 * that knows the key, the envelope version and the values. Absent means "follow the system".
 * The page script writes it; the layout's inline script reads it before the first paint with the
 * constants below (passed in with define:vars); "Mijn gegevens" lists, exports and restores it
 * through ./theme-codec.ts, built from the same constants. No valibot here: every page loads this.
 */
export const THEME_KEY = 'vw:theme';
export const THEME_VERSION = 1;
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Stores a choice; "follow the system" removes the key, so nothing is kept for it. */
export function saveTheme(storage: Pick<Storage, 'setItem' | 'removeItem'>, theme: Theme | null): void {
  if (theme === null) storage.removeItem(THEME_KEY);
  else storage.setItem(THEME_KEY, JSON.stringify({ v: THEME_VERSION, data: theme }));
}

/** Shows a choice on the page: the stylesheet follows `data-theme` on the root element. */
export function applyTheme(dataset: Record<string, string | undefined>, theme: Theme | null): void {
  if (theme === null) delete dataset.theme;
  else dataset.theme = theme;
}
