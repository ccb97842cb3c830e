import type { Codec } from '../lib/core/storage';
import { progressCodec } from '../lib/quiz/progress';
import { relationshipsCodec } from '../lib/quotient/relationships-codec';
import { plansCodec } from '../lib/repair/plan-codec';
import { scanCodec } from '../lib/scan/codec';
import { themeCodec } from '../lib/core/theme-codec';
import { sessionCodec } from '../lib/session/codec';
import { forgetKeys } from './session-key';

/** Everything the site may keep on this device, with what a visitor reads about it. */
export interface Feature {
  codec: Codec<unknown>;
  label: string;
  why: string;
  /** Removes what the feature keeps outside the storage module (e.g. keys in IndexedDB). */
  forget?: () => Promise<void>;
}

export const FEATURES: Feature[] = [
  {
    codec: progressCodec as Codec<unknown>,
    label: 'Voortgang en kennischecks',
    why: 'Welke hoofdstukken je opende en je antwoorden in de kennischecks, zodat je verder kunt waar je was.',
  },
  {
    codec: relationshipsCodec as Codec<unknown>,
    label: 'Relaties in de rekenhulp vertrouwensquotiënt',
    why: 'De relaties die je in de rekenhulp bewaarde (naam, soort en zes scores), zodat je ze later terugziet en kunt vergelijken.',
  },
  {
    codec: scanCodec as Codec<unknown>,
    label: 'Vertrouwensscan',
    why: 'Je antwoorden in een scan die je nog niet afrondde, zodat je verder kunt waar je was, en je afgeronde scans met hun datum, zodat je ze kunt terugzien en vergelijken.',
  },
  {
    codec: plansCodec as Codec<unknown>,
    label: 'Herstelplannen',
    why: 'Je plannen uit de herstelplanbouwer: je antwoorden, acties, terugblikken en gespreksvoorbereiding, zodat je ze kunt aanpassen en opvolgen.',
  },
  {
    codec: sessionCodec as Codec<unknown>,
    label: 'Groepssessie',
    why: 'De groepssessie die je begeleidt: naam, instellingen, de publieke sleutel en de scores uit de ontvangen deelnamecodes, zodat je de sessie na herladen kunt voortzetten. De geheime sleutel staat apart in de browser (IndexedDB) en wordt met de sessie verwijderd.',
    forget: () => forgetKeys(),
  },
  {
    codec: themeCodec as Codec<unknown>,
    label: 'Kleurthema',
    why: 'Of je het lichte of donkere thema koos; zonder keuze volgt de site je apparaat.',
  },
];

export const featureFor = (key: string) =>
  FEATURES.find((f) => f.codec.key === key.replace(/:onleesbaar$/, ''));
