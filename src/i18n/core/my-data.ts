/** What a visitor reads about one thing the site keeps, and the words of its delete button. */
export interface FeatureText {
  label: string;
  why: string;
  remove: string;
}

/** Per storage key, each thing src/stores/features.ts lists (a unit test holds that). */
export const featureTexts: Record<string, FeatureText> = {
  'vw:voortgang': {
    label: 'Voortgang en kennischecks',
    why: 'Welke hoofdstukken je opende en je antwoorden in de kennischecks, zodat je verder kunt waar je was.',
    remove: 'Verwijder je voortgang en antwoorden',
  },
  'vw:vertrouwensquotient': {
    label: 'Relaties in de rekenhulp vertrouwensquotiënt',
    why: 'De relaties die je in de rekenhulp bewaarde (naam, soort en zes scores), zodat je ze later terugziet en kunt vergelijken.',
    remove: 'Verwijder je bewaarde relaties',
  },
  'vw:scan': {
    label: 'Vertrouwensscan',
    why: 'Je antwoorden in een scan die je nog niet afrondde, zodat je verder kunt waar je was, en je afgeronde scans met hun datum, zodat je ze kunt terugzien en vergelijken.',
    remove: 'Verwijder je scans',
  },
  'vw:herstelplannen': {
    label: 'Herstelplannen',
    why: 'Je plannen uit de herstelplanbouwer: je antwoorden, acties, terugblikken en gespreksvoorbereiding, zodat je ze kunt aanpassen en opvolgen.',
    remove: 'Verwijder je herstelplannen',
  },
  'vw:groepssessie': {
    label: 'Groepssessie',
    why: 'De groepssessie die je begeleidt: naam, instellingen, de publieke sleutel en de scores uit de ontvangen deelnamecodes, zodat je de sessie na herladen kunt voortzetten. De geheime sleutel staat apart in de browser (IndexedDB) en wordt met de sessie verwijderd.',
    remove: 'Verwijder de groepssessie',
  },
  'vw:theme': {
    label: 'Kleurthema',
    why: 'Of je het lichte of donkere thema koos; zonder keuze volgt de site je apparaat.',
    remove: 'Vergeet je themakeuze',
  },
};

export const myDataText = {
  needsJs:
    'Wat deze site bewaart, staat in de opslag van je eigen browser. Zet JavaScript aan om te zien wat er nu op dit apparaat staat, en om het te downloaden, in te lezen of te verwijderen.',
  whatTitle: 'Wat we op dit apparaat bewaren',
  whereIntro:
    'Alles staat in de lokale opslag van deze browser op dit apparaat. Er gaat niets naar een server.',
  memoryMode:
    'Je browser laat deze site niets bewaren (bijvoorbeeld in een privévenster). Wat je invult, blijft alleen tot je de pagina sluit.',
  readOnlyMode:
    'Je browser bewaart op dit moment geen wijzigingen van deze site (de opslag is vol of staat uit). Wat al bewaard was, zie je hieronder en kun je downloaden.',
  stored: (kb: number) => `Bewaard: ongeveer ${kb} kB.`,
  /** Why stored data cannot be read, per load status. */
  unreadable: {
    corrupt: 'is beschadigd',
    invalid: 'heeft een vorm die we niet herkennen',
    'too-new': 'komt uit een nieuwere versie van deze site',
    'too-old': 'komt uit een oudere versie die we niet meer kunnen omzetten',
    'too-large': 'is groter dan we kunnen lezen',
  } as Record<string, string>,
  unreadableAside: (kb: number, why: string) =>
    `Let op: wat hier bewaard is (ongeveer ${kb} kB) ${why}. Daarom beginnen de onderdelen van de site hiervoor opnieuw.`,
  unreadableHeld: (kb: number, why: string) =>
    `Let op: wat hier bewaard is (ongeveer ${kb} kB) ${why}, en we kunnen er nu geen kopie van maken. We laten het ongemoeid staan; zolang het er staat, bewaart de site hier niets nieuws. Download het origineel, en verwijder het daarna als je opnieuw wilt beginnen.`,
  downloadOriginal: 'Download het origineel',
  nothing: 'Er is niets bewaard.',
  setAside: 'Er is ook een onleesbare kopie bewaard, zodat je niets kwijtraakt.',
  downloadCopy: 'Download de kopie',
  deleteUnknown: 'Verwijder de overige gegevens',
  deleteFeature: (label: string) => `Verwijder: ${label}`,
  deleted: (label: string) => `Verwijderd: ${label}.`,
  unknownTitle: 'Overige gegevens',
  unknownWhy: 'Gegevens van deze site die deze versie niet (meer) kent.',
  exportTitle: 'Meenemen naar een ander apparaat',
  exportIntro:
    'Download alles als één JSON-bestand. Op een ander apparaat of in een andere browser lees je het hier weer in. Bewaar het bestand zorgvuldig: het bevat je antwoorden.',
  download: 'Download al mijn gegevens',
  downloaded: 'Je gegevens zijn gedownload.',
  loadFailed: 'Dit onderdeel kon niet geladen worden. Er is niets veranderd. Probeer het opnieuw.',
  import: 'Gegevens inlezen uit een bestand',
  importFailed: 'Dit bestand kunnen we niet inlezen.',
  nothingChanged: 'Er is niets veranderd aan je gegevens.',
  importEmpty: 'Dit bestand bevat geen gegevens om in te lezen. Er is niets veranderd.',
  importConfirm: (date: string) => `Dit bestand is gemaakt op ${date} en bevat:`,
  importReplaces:
    'Inlezen vervangt wat je nu op dit apparaat hebt voor deze onderdelen. Andere onderdelen blijven zoals ze zijn.',
  importYes: 'Ja, lees in',
  imported: (n: number) => `Ingelezen: ${n} ${n === 1 ? 'onderdeel' : 'onderdelen'}.`,
  cancel: 'Annuleren',
  deleteAllTitle: 'Alles verwijderen',
  deleteAllIntro:
    'Verwijder alles wat deze site op dit apparaat bewaart. Download het eerst als je het later terug wilt.',
  deleteAll: 'Verwijder alles',
  deleteAllConfirm: 'Weet je het zeker? Dit kun je niet ongedaan maken.',
  deleteAllYes: 'Ja, verwijder alles',
  deletedAll: 'Alles is verwijderd.',
  problems: {
    tooLarge: 'Het is groter dan een gegevensbestand van deze site kan zijn.',
    notJson: 'Het is geen JSON-bestand, of het is beschadigd.',
    notOurs: 'Het is geen gegevensbestand van Vertrouwenswijzer.',
    tooNew: 'Het komt uit een nieuwere versie van de site.',
    unknownKey: (key: string) => `Het bevat gegevens die deze site niet kent (${key}).`,
    unsafeKey: (key: string) =>
      `Het bevat een onderdeel met de naam "${key}". Zulke namen lezen we om veiligheidsredenen niet in.`,
    badEntry: (label: string) => `Het onderdeel "${label}" is beschadigd of heeft een onbekende vorm.`,
  },
};
