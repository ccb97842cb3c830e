import type { FileProblem, LinkProblem } from '../../lib/scan/sharing';

/** Strings of the scan's result and comparison views (loaded with them, not with the page). */
export const scanResultText = {
  resultTitle: (title: string) => `Je resultaat: ${title}`,
  sharedTitle: (title: string) => `Gedeeld resultaat: ${title}`,
  completedOn: (date: string, answered: number, total: number) => `Ingevuld op ${date}. ${answered} van de ${total} stellingen beantwoord.`,
  completedOnShort: (date: string) => `Ingevuld op ${date}.`,
  disclaimer:
    'Dit is een hulpmiddel om na te denken en het gesprek te openen, geen gevalideerde test. Er zijn geen normen: een score zegt waar jouw antwoorden liggen tussen helemaal oneens (0) en helemaal eens (100), niet hoe je je verhoudt tot anderen.',
  outdated: (then: number, now: number) =>
    then < now
      ? `Dit resultaat is gemaakt met versie ${then} van de vragenlijst. Die is sindsdien aangepast (nu versie ${now}). Je ziet de scores zoals ze toen zijn berekend.`
      : `Dit resultaat is gemaakt met versie ${then} van de vragenlijst, een nieuwere versie dan deze site kent (versie ${now}). Je ziet de scores zoals ze toen zijn berekend.`,
  highlightsTitle: 'Wat opvalt',
  strengths: 'Je sterke punten',
  growth: 'Je groeipunten',
  tooFewForHighlights: 'Er zijn te weinig onderdelen met een score om sterke punten en groeipunten aan te wijzen.',
  evenNote: 'Je scores liggen dicht bij elkaar. Welk onderdeel hier als sterk punt of groeipunt staat, scheelt maar weinig.',
  chartTitle: 'Je scores per onderdeel',
  chartLabel: (title: string) => `Staafdiagram met je score per onderdeel van ${title}, van 0 tot 100. Dezelfde cijfers staan in de tabel eronder.`,
  tooFew: 'te weinig antwoorden',
  scale: 'Onderdeel',
  score: 'Score',
  band: 'Uitkomst',
  perScaleTitle: 'Per onderdeel',
  growthMark: 'Groeipunt',
  strengthMark: 'Sterk punt',
  tooFewScale: (answered: number, items: number, min: number) =>
    `Te weinig antwoorden voor een score: je beantwoordde ${answered} van de ${items} stellingen op de schaal, en er zijn er minstens ${min} nodig.`,
  tooFewScaleOld: 'Te weinig antwoorden voor een score.',
  readMore: 'Lees verder:',
  formalRoutes:
    'Gaat het om pesten, intimidatie, grensoverschrijdend gedrag, discriminatie, geweld of fraude? Dan is dit geen vertrouwenskwestie om zelf op te lossen.',
  formalRoutesLink: 'Lees wanneer formele routes voorgaan',

  print: 'Afdrukken',
  download: 'Download als bestand',
  shareMake: 'Maak een deellink',
  shareLabel: 'Deellink naar dit resultaat',
  shareExplain:
    'Wie deze link opent, ziet dit resultaat en je antwoorden, maar kan niets aanpassen. De gegevens zitten in de link zelf en gaan niet via een server.',
  copy: 'Kopieer de link',
  copied: 'De link is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
  plan: 'Maak een plan voor je groeipunten',
  sharedBanner: 'Je bekijkt een resultaat uit een gedeelde link. Het staat niet op dit apparaat en je kunt het niet aanpassen.',
  sharedSave: 'Bewaar bij mijn resultaten',
  sharedSaved: 'Bewaard bij je resultaten op dit apparaat.',
  sharedAlready: 'Dit resultaat staat al bij je resultaten.',
  comparisonTitle: (title: string) => `Vergelijking: ${title}`,
  comparisonIntro: (a: string, b: string) => `Je eerdere resultaat, van ${a}, naast je latere, van ${b}.`,
  earlier: 'Eerder',
  later: 'Later',
  legend: (which: string, date: string) => `${which}: ${date}`,
  comparisonMixed:
    'De twee resultaten zijn gemaakt met verschillende versies van de vragenlijst. Vergelijk ze met voorzichtigheid: de stellingen waren niet helemaal dezelfde.',
  comparisonChart: (a: string, b: string) => `Staafdiagram met per onderdeel je eerdere score, van ${a}, en je latere, van ${b}. Dezelfde cijfers staan in de tabel eronder.`,
  change: 'Verandering',
  noChange: 'geen vergelijking',
  up: (name: string, change: string) => `Het meest vooruitgegaan: ${name} (${change}).`,
  down: (name: string, change: string) => `Het meest achteruitgegaan: ${name} (${change}).`,
  signed: (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0'),
  notInVersion: 'niet in deze versie',
  linkProblem: {
    malformed: 'De link is onvolledig of beschadigd. Misschien viel er bij het kopiëren een stuk weg.',
    'too-long': 'De link is langer dan een scanresultaat kan zijn.',
    'unknown-version': 'De link komt uit een andere versie van deze site.',
    invalid: 'De gegevens in de link kloppen niet.',
    'unknown-instrument': 'De link verwijst naar een vragenlijst die deze site niet kent.',
  } satisfies Record<LinkProblem, string>,
  fileProblem: {
    'too-large': 'Het bestand is te groot voor een scanresultaat.',
    'not-json': 'Het is geen leesbaar JSON-bestand.',
    'not-ours': 'Het is geen scanresultaat van Vertrouwenswijzer.',
    'too-new': 'Het komt uit een nieuwere versie van deze site.',
    invalid: 'De gegevens in het bestand kloppen niet.',
    'unknown-instrument': 'Het hoort bij een vragenlijst die deze site niet kent.',
  } satisfies Record<FileProblem, string>,
};
