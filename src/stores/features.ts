import type { Codec } from '../lib/storage';
import { progressCodec } from '../lib/progress';
import { plansCodec } from '../lib/repair-plan-schema';
import { themeCodec } from '../lib/theme';

/** Everything the site may keep on this device, with what a visitor reads about it. */
export interface Feature {
  codec: Codec<unknown>;
  label: string;
  why: string;
}

export const FEATURES: Feature[] = [
  {
    codec: progressCodec as Codec<unknown>,
    label: 'Voortgang en kennischecks',
    why: 'Welke hoofdstukken je opende en je antwoorden in de kennischecks, zodat je verder kunt waar je was.',
  },
  {
    codec: plansCodec as Codec<unknown>,
    label: 'Herstelplannen',
    why: 'Je plannen uit de herstelplanbouwer: je antwoorden, acties, terugblikken en gespreksvoorbereiding, zodat je ze kunt aanpassen en opvolgen.',
  },
  {
    codec: themeCodec as Codec<unknown>,
    label: 'Kleurthema',
    why: 'Of je het lichte of donkere thema koos; zonder keuze volgt de site je apparaat.',
  },
];

export const featureFor = (key: string) => FEATURES.find((f) => f.codec.key === key.replace(/:onleesbaar$/, ''));
