import * as v from 'valibot';
import type { Codec } from './storage';
import { THEME_KEY, THEME_VERSION, THEMES, type Theme } from './theme';

/** The stored theme choice, decoded like every other stored record (see ./theme.ts). */
export const themeCodec: Codec<Theme | null> = {
  key: THEME_KEY,
  version: THEME_VERSION,
  schema: v.nullable(v.picklist(THEMES)),
  empty: () => null,
};
