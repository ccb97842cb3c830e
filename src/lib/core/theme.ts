import * as v from 'valibot';
import type { Codec } from './storage';

/** The colour theme the visitor chose; absent means "follow the system". Written by the page script. */
export const themeCodec: Codec<'light' | 'dark' | null> = {
  key: 'vw:theme',
  version: 1,
  schema: v.nullable(v.picklist(['light', 'dark'])),
  empty: () => null,
};
