import type { FileProblem, LinkProblem } from '../../lib/scan/sharing';
import type { ScanBand } from '../../lib/scan/scoring';
import type { Gap } from '../../lib/scan/profile';

/** Strings of the scan's result and comparison views (loaded with them, not with the page). */
export const scanResultText = {
  safetyHelp:
    'Voel je je op je werk niet veilig, of speelt er iets als intimidatie, discriminatie of een integriteitsschending? Je hoeft dat risico niet alleen te nemen: er zijn vertrouwelijke en formele routes.',
  safetyHelpLink: 'Waar kun je terecht?',
  resultTitle: (title: string) => `Je resultaat: ${title}`,
  sharedTitle: (title: string) => `Gedeeld resultaat: ${title}`,
  completedOn: (date: string, answered: number, total: number) =>
    `Ingevuld op ${date}. ${answered} van de ${total} stellingen beantwoord.`,
  completedOnShort: (date: string) => `Ingevuld op ${date}.`,
  disclaimer:
    'Dit is een hulpmiddel om na te denken en het gesprek te openen, geen gevalideerde test. Er zijn geen normen: een score zegt waar jouw antwoorden liggen tussen helemaal oneens (0) en helemaal eens (100), niet hoe je je verhoudt tot anderen.',
  outdated: (then: number, now: number) =>
    then < now
      ? `Dit resultaat is gemaakt met versie ${then} van de vragenlijst. Die is sindsdien aangepast (nu versie ${now}). Je ziet de onderdelen en scores zoals ze toen waren.`
      : `Dit resultaat is gemaakt met versie ${then} van de vragenlijst, een nieuwere versie dan deze site kent (versie ${now}). Je ziet de scores zoals ze toen zijn berekend.`,
  highlightsTitle: 'Wat opvalt',
  strengths: 'Je sterke punten',
  growth: 'Je groeipunten',
  tooFewForHighlights:
    'Er zijn te weinig onderdelen met een score om sterke punten en groeipunten aan te wijzen.',
  flatNote:
    'Al je onderdelen hebben precies dezelfde score. Daarom wijzen we geen sterke punten of groeipunten aan: er is niets dat ze van elkaar onderscheidt. Lees per onderdeel wat de score kan betekenen.',
  gapsTitle: "Collega's en leidinggevende naast elkaar",
  gapsIntro:
    "Sommige vragen stelde je twee keer: over je collega's en over je leidinggevende. Zo verschilt je vertrouwen:",
  gap: (g: Gap) => {
    const both = `${g.name}: ${g.first.scale.referent} ${g.first.score}, ${g.second.scale.referent} ${g.second.score}.`;
    if (g.higher === 'level') return `${both} Dat ligt dicht bij elkaar.`;
    const [more, points] = g.higher === 'first' ? [g.first, g.difference] : [g.second, -g.difference];
    return `${both} Je ervaart hier ${points} punten meer vertrouwen in ${more.scale.referent}.`;
  },
  evenNote:
    'Je scores liggen dicht bij elkaar. Welk onderdeel hier als sterk punt of groeipunt staat, scheelt maar weinig.',
  chartTitle: 'Je scores per onderdeel',
  chartLabel: (title: string) =>
    `Staafdiagram met je score per onderdeel van ${title}, van 0 tot 100. Dezelfde cijfers staan in de tabel eronder.`,
  tooFew: 'te weinig antwoorden',
  scale: 'Onderdeel',
  score: 'Score',
  band: 'Leeshulp',
  /** Says where the cut-offs come from: the guide's authors, not a norm. */
  bandsNote: (bands: readonly ScanBand[]) => {
    const cuts = bands.slice(1).map((b) => b.from);
    const list = cuts.length > 1 ? `${cuts.slice(0, -1).join(', ')} en ${cuts.at(-1)}` : `${cuts[0]}`;
    return `De kolom Leeshulp (${bands.map((b) => b.label.toLowerCase()).join(', ')}) is bedoeld om de scores makkelijker te lezen. De grenzen bij ${list} hebben wij, de makers van deze gids, zelf gekozen. Ze komen niet uit onderzoek en zijn geen norm.`;
  },
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
  sharedBanner:
    'Je bekijkt een resultaat uit een gedeelde link. Het staat niet op dit apparaat en je kunt het niet aanpassen.',
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
  comparisonChart: (a: string, b: string) =>
    `Staafdiagram met per onderdeel je eerdere score, van ${a}, en je latere, van ${b}. Dezelfde cijfers staan in de tabel eronder.`,
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
