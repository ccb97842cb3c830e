const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A date as Dutch text; something that is no date stays as it is, rather than breaking the page. */
const format = (f: Intl.DateTimeFormat, iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
};

/** The scan's strings for choosing, answering and keeping results; the result view's are in scan-result.ts. */
export const scanText = {
  date: (iso: string) => format(dateFormat, iso),
  dateTime: (iso: string) => format(dateTimeFormat, iso),
  /** After the time of a result made in the same minute as another. */
  sameMinute: (n: number, of: number) => `(${n}e van ${of} om die tijd)`,
  needsJs:
    'De scan werkt met JavaScript: je antwoorden worden in je eigen browser verwerkt en bewaard. Zonder JavaScript kun je hieronder de stellingen lezen en voor jezelf beantwoorden.',

  chooseTitle: 'Kies een vragenlijst',
  meta: (items: number, minutes: number) => `${items} stellingen, ongeveer ${minutes} minuten`,
  start: 'Begin',
  startLabel: (title: string) => `Begin met ${title}`,
  resume: 'Ga verder',
  resumeLabel: (title: string) => `Ga verder met ${title}`,
  inProgress: (answered: number, total: number) =>
    `Je was bezig: ${answered} van de ${total} stellingen beantwoord.`,
  restart: 'Begin opnieuw',
  restartConfirm: 'Je antwoorden tot nu toe worden gewist. Opnieuw beginnen?',
  restartYes: 'Ja, begin opnieuw',
  cancel: 'Annuleer',
  resumed: 'Je gaat verder waar je was gebleven.',
  changedSinceStart: (kept: number, dropped: number) =>
    'Deze vragenlijst is aangepast sinds je begon. ' +
    (kept === 0
      ? 'Geen van je antwoorden hoort bij een stelling die hetzelfde bleef, dus je begint opnieuw. '
      : `Je ${kept === 1 ? 'antwoord op een stelling die hetzelfde bleef, staat' : `${kept} antwoorden op stellingen die hetzelfde bleven, staan`} er nog. `) +
    (dropped > 0
      ? `${dropped === 1 ? 'Eén antwoord hoorde' : `${dropped} antwoorden hoorden`} bij een stelling die niet meer bestaat of iets anders vraagt. `
      : '') +
    'Kijk even na wat nog open staat.',

  stepTitle: (title: string, n: number, total: number) => `${title}: stap ${n} van ${total}`,
  progress: (answered: number, total: number) => `${answered} van de ${total} stellingen beantwoord`,
  progressLabel: 'Voortgang',
  open: 'nog open',
  previous: 'Vorige',
  next: 'Volgende',
  toResult: 'Naar je resultaat',
  toOverview: 'Terug naar het overzicht',
  savedOnDevice: 'Je antwoorden worden op dit apparaat bewaard. Je kunt stoppen en later verdergaan.',

  reviewTitle: 'Nog niet alles beantwoord',
  reviewIntro: (n: number, total: number) => `Je hebt ${n} van de ${total} stellingen nog niet beantwoord.`,
  reviewHint:
    'Weet je het niet, of past een stelling niet bij je werk? Kies dan "Weet ik niet / niet van toepassing".',
  reviewGoTo: (step: number) => `Naar stap ${step}`,
  reviewUnscorable: (names: string) => `Ga je nu door, dan krijgen deze onderdelen geen score: ${names}.`,
  reviewContinue: 'Toch naar het resultaat',
  reviewBack: 'Terug naar de stellingen',

  loading: 'Je resultaat wordt geladen.',
  loadFailed:
    'Het resultaat kon niet geladen worden. Je antwoorden zijn bewaard. Controleer je verbinding en probeer het opnieuw.',
  retry: 'Probeer opnieuw',
  loadingQuestions: 'De vragenlijst wordt geladen.',
  questionsFailed:
    'De vragenlijst kon niet geladen worden. Wat je al hebt ingevuld, is bewaard. Controleer je verbinding en probeer het opnieuw.',
  compareWith: 'Vergelijk met een eerder resultaat',

  sharedClose: 'Naar mijn eigen scans',
  badLink: 'Deze link naar een scanresultaat kunnen we niet lezen.',
  badLinkAfter: 'Er is niets veranderd: hieronder zie je je eigen scans.',

  historyTitle: 'Je eerdere resultaten',
  historyEmpty: 'Er staan nog geen afgeronde scans op dit apparaat.',
  historyIntro:
    'Afgeronde scans blijven op dit apparaat bewaard, met hun datum. Zo kun je later vergelijken.',
  view: 'Bekijk',
  viewLabel: (date: string) => `Bekijk het resultaat van ${date}`,
  remove: 'Verwijder',
  removeLabel: (date: string) => `Verwijder het resultaat van ${date}`,
  removeConfirm: (date: string) => `Het resultaat van ${date} verwijderen? Dit kun je niet ongedaan maken.`,
  removeYes: 'Ja, verwijder',
  removed: 'Het resultaat is verwijderd.',
  compareTitle: 'Vergelijk twee resultaten',
  compareFirst: 'Eerste resultaat',
  compareSecond: 'Tweede resultaat',
  compare: 'Vergelijk',
  compareSame: 'Kies twee verschillende resultaten.',
  importTitle: 'Een resultaat inlezen',
  importIntro:
    'Heb je een resultaat als bestand gedownload, bijvoorbeeld op een ander apparaat? Lees het hier in.',
  import: 'Resultaat inlezen uit een bestand',
  importConfirm: (title: string, date: string) =>
    `Resultaat van ${title}, ingevuld op ${date}, toevoegen aan je resultaten?`,
  importYes: 'Ja, voeg toe',
  imported: 'Het resultaat is toegevoegd.',
  importFailed: 'Dit bestand kunnen we niet inlezen.',
  nothingChanged: 'Er is niets veranderd.',
};
