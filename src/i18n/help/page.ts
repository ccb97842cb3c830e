import type { HelpActivity } from '../../schemas/help';

// Labels on /hulp/ ("Waar kun je terecht?"); the texts themselves live in content/help/routes.yaml.
export const helpUi = {
  description:
    'Waar kun je in Nederland en België terecht bij pesten, intimidatie, discriminatie, een misstand of gevaar op het werk? Per instantie: wat ze doet en hoe je haar bereikt.',
  emergencyTitle: 'Direct hulp nodig?',
  forWhom: 'Voor wie',
  does: 'Wat ze doen',
  confidential: 'Vertrouwelijk',
  confidentialValue: (value: boolean) => (value ? 'Ja.' : 'Niet gegarandeerd.'),
  reach: 'Zo bereik je ze',
  address: 'Adres',
  phone: 'Telefoon',
  email: 'E-mail',
  website: 'Website',
  legalBasis: 'Wettelijke basis',
  noLegalBasis: 'Geen specifieke wet; een publieke hulpdienst.',
  lawStatus: 'Wat de wet vraagt',
  withoutOne: 'Zonder vertrouwenspersoon',
  sources: 'Bronnen',
  note: 'Let op',
  activity: {
    luisteren: 'luisteren',
    adviseren: 'adviseren',
    onderzoeken: 'onderzoeken',
    bemiddelen: 'bemiddelen',
    melden: 'meldingen aannemen',
  } satisfies Record<HelpActivity, string>,
  /** "luisteren, adviseren en bemiddelen" */
  list: (items: string[]) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`,
  /** The host name of a URL, for link text: "www.unia.be". */
  host: (url: string) => new URL(url).host,
};
