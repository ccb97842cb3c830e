import type { Codec } from '../lib/core/storage';
import { progressCodec } from '../lib/quiz/progress';
import { relationshipsCodec } from '../lib/quotient/relationships-codec';
import { plansCodec } from '../lib/repair/plan-codec';
import { scanCodec } from '../lib/scan/codec';
import { themeCodec } from '../lib/core/theme-codec';
import { sessionCodec } from '../lib/session/codec';
import { forgetKeys } from './session-key';

/**
 * Everything the site may keep on this device. What a visitor reads about each (its name, why it
 * is kept, its delete button) is in src/i18n/core/my-data.ts, by storage key.
 */
export interface Feature {
  codec: Codec<unknown>;
  /** Removes what the feature keeps outside the storage module (e.g. keys in IndexedDB). */
  forget?: () => Promise<void>;
}

export const FEATURES: Feature[] = [
  { codec: progressCodec as Codec<unknown> },
  { codec: relationshipsCodec as Codec<unknown> },
  { codec: scanCodec as Codec<unknown> },
  { codec: plansCodec as Codec<unknown> },
  { codec: sessionCodec as Codec<unknown>, forget: () => forgetKeys() },
  { codec: themeCodec as Codec<unknown> },
];

export const featureFor = (key: string) =>
  FEATURES.find((f) => f.codec.key === key.replace(/:onleesbaar$/, ''));
