import type { Receipt } from '../../lib/session/collect';
import type { Agreement } from '../../lib/session/aggregate';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The facilitator page's strings: starting, inviting and collecting. */
export const facilitatorText = {
  needsJs:
    'Een groepssessie werkt met JavaScript: de codes worden in je eigen browser ontsleuteld en samengevoegd, zonder server. Zet JavaScript aan om een sessie te starten.',
  loading: 'De sessie wordt geladen…',
  loadFailed: 'Dit onderdeel kon niet geladen worden. Controleer je verbinding en probeer het opnieuw.',
  retry: 'Probeer opnieuw',

  setupTitle: 'Start een sessie',
  setupIntro:
    'Kies de vragenlijst die de groep invult en hoeveel codes er minstens nodig zijn voordat je iets laat zien.',
  instrumentLegend: 'Vragenlijst',
  nameLabel: 'Naam van de sessie',
  nameHint: 'Alleen voor jezelf: de naam blijft op dit apparaat en staat niet in de link.',
  nameRequired: 'Geef de sessie een naam, zodat je hem later herkent.',
  labelLabel: 'Naam die deelnemers zien (niet verplicht)',
  labelHint: (max: number) =>
    `Staat in de sessielink en bovenaan de scan van deelnemers, zodat ze weten dat ze in de goede sessie zitten. Hooguit ${max} tekens; laat leeg voor geen naam. Noem geen personen.`,
  floorLabel: 'Anonimiteitsdrempel',
  floorHint: (min: number) =>
    `Zoveel codes zijn minstens nodig voordat je de uitkomst kunt tonen, en zoveel antwoorden per onderdeel voordat dat onderdeel verschijnt. Minstens ${min}.`,
  floorTooLow: (min: number) =>
    `De drempel is minstens ${min}: met minder antwoorden zijn deelnemers te herkennen.`,
  start: 'Start de sessie',
  starting: 'Sleutels maken…',
  keyInMemory:
    'Je browser laat ons de geheime sleutel niet bewaren (bijvoorbeeld in een privévenster). Houd deze pagina open: na sluiten kun je geen nieuwe codes meer lezen.',
  cryptoMissing:
    'Deze browser kan geen sleutels maken (WebCrypto ontbreekt). Gebruik een recente browser om een sessie te starten.',

  sessionTitle: (name: string) => `Sessie: ${name}`,
  sessionMeta: (instrument: string, floor: number) => `${instrument} · drempel ${floor}`,
  inviteTitle: 'Nodig deelnemers uit',
  inviteIntro:
    'Deelnemers openen deze link op hun eigen telefoon, vullen de scan in en geven je aan het eind hun deelnamecode. Hun antwoorden blijven op hun apparaat; alleen jij kunt de codes lezen.',
  linkLabel: 'Sessielink',
  copyLink: 'Kopieer de link',
  copied: 'Gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
  showQr: 'Toon de QR-code groot',
  hideQr: 'Verberg de QR-code',
  qrCaption: 'Scan met je telefooncamera om mee te doen',
  qrLabel: 'QR-code van de sessielink',
  printCard: 'Druk de instructiekaart af',
  cardTitle: 'Doe mee aan de groepssessie',
  cardSteps: [
    'Scan de QR-code met de camera van je telefoon, of open de link.',
    'Vul de vragenlijst in. Je antwoorden blijven op je eigen telefoon.',
    'Aan het eind krijg je een deelnamecode. Geef die aan de begeleider: kopieer hem in de chat, of laat de QR-code zien.',
    'De begeleider ziet alleen de groep samen, nooit jouw antwoorden, en pas als genoeg mensen meedoen.',
  ],

  collectTitle: 'Verzamel de codes',
  received: (n: number) => `${plural(n, 'code', 'codes')} ontvangen`,
  closedNote: 'De sessie is gesloten: nieuwe codes worden niet meer geteld.',
  close: 'Sluit de sessie voor nieuwe codes',
  reopen: 'Open de sessie weer',
  pasteLabel: 'Plak een of meer codes',
  pasteHint:
    'Zoals ze uit de chat of mail komen: regeleinden, spaties en aanhalingstekens mogen blijven staan.',
  add: 'Voeg toe',
  reading: 'Codes lezen…',
  fileLabel: 'Codes uit een tekstbestand',
  fileTooLarge: 'Dit bestand is te groot voor codes (meer dan 1 MB). Er is niets veranderd.',
  camera: 'Scan QR-codes met de camera',
  cameraStop: 'Stop de camera',
  cameraTitle: 'Camera',
  cameraHint: 'Houd de QR-code van een deelnemer voor de camera. Elke gelezen code wordt meteen geteld.',
  cameraStarting: 'Camera starten…',
  cameraDenied:
    'De browser kreeg geen toestemming voor de camera. Sta de camera toe via het slotje naast het adres, of plak de codes. Er is niets veranderd.',
  cameraAbsent:
    'Er is geen camera gevonden. Plak de codes of importeer ze uit een bestand. Er is niets veranderd.',
  cameraFailed:
    'De camera kon niet starten. Plak de codes of importeer ze uit een bestand. Er is niets veranderd.',
  cameraVideo: 'Camerabeeld',
  nothingFound: 'Geen codes gevonden. Een deelnamecode begint met "vwc1.". Er is niets veranderd.',
  tooLarge:
    'Dat is te veel tekst om te lezen (meer dan een miljoen tekens). Plak de codes in kleinere delen. Er is niets veranderd.',
  noKey:
    'De geheime sleutel van deze sessie staat niet (meer) in deze browser, bijvoorbeeld omdat de sessie uit een back-up komt. Codes kunnen niet meer gelezen worden; wat al binnen is, blijft.',
  receiptsTitle: 'Zo ging het',
  receipt: {
    accepted: (n: number) => `${plural(n, 'code', 'codes')} toegevoegd.`,
    duplicate: (n: number) =>
      `${plural(n, 'code was', 'codes waren')} er al en ${n === 1 ? 'telt' : 'tellen'} één keer.`,
    closed: (n: number) => `${plural(n, 'code', 'codes')} niet geteld: de sessie is gesloten.`,
    full: (n: number) => `${plural(n, 'code', 'codes')} niet geteld: een sessie bewaart hooguit 500 codes.`,
    'other-session': (n: number) => `${plural(n, 'code hoort', 'codes horen')} bij een andere sessie.`,
    truncated: (n: number) =>
      `${plural(n, 'code is', 'codes zijn')} onvolledig: vraag de deelnemer de hele code opnieuw te sturen.`,
    damaged: (n: number) =>
      `${plural(n, 'code is', 'codes zijn')} beschadigd of aangepast en ${n === 1 ? 'kan' : 'kunnen'} niet gelezen worden.`,
    'other-version': (n: number) =>
      `${plural(n, 'code komt', 'codes komen')} uit een andere versie van de vragenlijst en ${n === 1 ? 'telt' : 'tellen'} niet mee: de onderdelen zijn niet te vergelijken.`,
    'unknown-format': (n: number) =>
      `${plural(n, 'tekst lijkt', 'teksten lijken')} op een code, maar in een vorm die deze site niet kent.`,
  } satisfies Record<Receipt, (n: number) => string>,
  nothingLost: 'Codes die al binnen waren, blijven bewaard.',

  revealTitle: 'De uitkomst van de groep',
  needMore: (missing: number, floor: number) =>
    `Nog ${plural(missing, 'code', 'codes')} nodig: de uitkomst is pas te zien vanaf ${floor} codes, zodat niemand te herkennen is.`,
  readyToReveal: 'Er zijn genoeg codes. Laat de uitkomst zien wanneer de groep er klaar voor is.',
  reveal: 'Toon de uitkomst',
  hide: 'Verberg de uitkomst',
  endTitle: 'Sessie afsluiten',
  end: 'Beëindig de sessie en wis alles',
  endConfirm:
    'De codes, de instellingen en de geheime sleutel van deze sessie worden van dit apparaat gewist. Wil je de uitkomst bewaren, exporteer of druk hem dan eerst af.',
  endYes: 'Ja, wis de sessie',
  cancel: 'Annuleer',
  ended: 'De sessie is gewist.',
};

/** The group view's strings: per scale, presentation, print and export. */
export const groupText = {
  intro: (count: number) =>
    `Uitkomst van ${count} deelnemers. Onderdelen met de meeste onenigheid staan bovenaan, daarna de laagste.`,
  hiddenTitle: 'Te weinig antwoorden',
  hiddenScale: (name: string, n: number, floor: number) =>
    `${name}: ${n} van de minstens ${floor} antwoorden nodig; dit onderdeel blijft verborgen.`,
  median: 'Mediaan',
  range: 'Spreiding',
  iqr: 'Middelste helft',
  rangeValue: (min: number, max: number) => `${min} tot ${max}`,
  iqrValue: (q1: number, q3: number, iqr: number) => `${q1} tot ${q3} (${iqr} punten)`,
  plotLabel: (name: string, n: number, median: number, min: number, max: number) =>
    `${name}: ${n} scores van ${min} tot ${max}, mediaan ${median}`,
  sentence: (agreement: Agreement, median: number, band: string) =>
    ({
      close: `De groep is het hier grotendeels over eens: de meeste scores liggen dicht bij ${median} (${band.toLowerCase()}).`,
      mixed: `De groep denkt hier verschillend over; de middelste score is ${median} (${band.toLowerCase()}).`,
      split: `De groep is hier sterk verdeeld: sommigen ervaren dit heel anders dan anderen. Praat hier eerst over.`,
    })[agreement],
  bandsTitle: 'Aantal per groep',
  questionsTitle: 'Om over te praten',
  readTitle: 'Lees verder',
  present: 'Presenteer',
  presentTitle: 'Presentatie',
  presentHint: 'Pijltjestoetsen: vorige en volgende. Escape: terug.',
  presentOf: (n: number, total: number) => `Onderdeel ${n} van ${total}`,
  previous: 'Vorige',
  next: 'Volgende',
  closePresentation: 'Sluit de presentatie',
  printReport: 'Druk het groepsrapport af',
  exportCsv: 'Exporteer als CSV',
  exportJson: 'Exporteer als JSON',
  exportNote: 'De export bevat alleen de cijfers per onderdeel, nooit de scores van een deelnemer.',
  csvHeaders: {
    scale: 'onderdeel',
    name: 'naam',
    n: 'aantal',
    median: 'mediaan',
    q1: 'eerste kwartiel',
    q3: 'derde kwartiel',
    iqr: 'interkwartielafstand',
    min: 'laagste',
    max: 'hoogste',
    hidden: 'onder de drempel',
  },
  reportTitle: (instrument: string) => `Groepsrapport: ${instrument}`,
  reportMeta: (count: number, date: string) => `${count} deelnemers · ${date}`,
};
