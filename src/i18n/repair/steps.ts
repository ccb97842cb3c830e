import type { Factor } from '../../lib/quotient/quotient';
import type { Hint } from '../../lib/repair/conversation';
import type { Rhythm } from '../../lib/repair/plan';
import type { AddActionProblem, CheckInProblem } from '../../lib/repair/forms';

// What a visitor reads in the builder's later steps (proposal, plan, follow-up) and its exports.

export const factorNames: Record<Factor, string> = {
  competence: 'Bekwaamheid',
  reliability: 'Betrouwbaarheid',
  intentions: 'Intenties',
  integrity: 'Integriteit',
  probability: 'Kans dat het misgaat',
  impact: 'Impact als het misgaat',
};

/** Short forms for table headings. */
export const factorShort: Record<Factor, string> = {
  competence: 'Bekwaam',
  reliability: 'Betrouwbaar',
  intentions: 'Intenties',
  integrity: 'Integriteit',
  probability: 'Kans',
  impact: 'Impact',
};

export const rhythmNames: Record<Rhythm, string> = {
  geen: 'Geen vast ritme',
  week: 'Elke week',
  'twee-weken': 'Elke twee weken',
  maand: 'Elke maand',
};

export const hintText: Record<Hint, string> = {
  leeg: 'Nog niet alle delen zijn ingevuld.',
  'altijd-nooit': 'Woorden als "altijd" en "nooit" klinken als een verwijt. Noem liever één concreet moment.',
  etiket:
    'Een zin als "jij bent …" of "ik vind jou …" is een oordeel over de persoon. Beschrijf liever het gedrag.',
  bedoeling:
    'Je vult een bedoeling in ("expres", "het kan je niet schelen"). Beschrijf wat je zag, en vraag naar de bedoeling.',
};

export const conversationText = {
  title: 'Gesprekshulp',
  intro:
    'Bereid het gesprek voor. Schrijf in je eigen woorden; je ziet hieronder meteen hoe het klinkt. Wat je hier typt, blijft op je apparaat.',
  ik: {
    legend: 'Ik-boodschap',
    more: 'Over ik-boodschappen',
    parts: {
      waarneming: {
        label: 'Wat zag of hoorde je?',
        example: 'Toen de planning vrijdag om vier uur veranderde',
      },
      gevolg: { label: 'Wat was het gevolg?', example: 'moest ik drie mensen terugbellen die al weg waren' },
      gevoel: { label: 'Wat deed het met je?', example: 'Dat zat me dwars, want ik kon het niet uitleggen' },
      wens: {
        label: 'Wat zou je willen?',
        example: 'Ik wil graag dat we een wijziging na twee uur eerst samen bespreken',
      },
    },
  },
  sbi: {
    legend: 'SBI-feedback',
    more: 'Over SBI-feedback',
    parts: {
      situatie: { label: 'Situatie: wanneer en waar?', example: 'In het werkoverleg van dinsdag' },
      gedrag: {
        label: 'Gedrag: wat deed de ander precies?',
        example: 'onderbrak je Samira twee keer tijdens haar voorstel',
      },
      impact: {
        label: 'Impact: wat was het effect?',
        example: 'Ze zei daarna niets meer en haar voorstel is niet besproken',
      },
      vraag: { label: 'Je vraag aan de ander', example: 'Hoe heb jij dat moment beleefd?' },
    },
  },
  preview: 'Zo klinkt het',
  empty: 'Vul de delen hierboven in.',
  examplePrefix: 'Bijvoorbeeld:',
};

export const stepText = {
  // Proposal
  proposalTitle: 'Het voorstel',
  proposalIntro:
    'Dit voorstel volgt uit je antwoorden en uit onderzoek naar herstel van vertrouwen. Bij elke actie lees je waarom ze past en waar je er meer over vindt. Neem het over en maak het daarna helemaal van jezelf.',
  proposalDevIntro:
    'Dit zijn acties om dun vertrouwen te versterken, bij de groeigebieden die je koos. Neem ze over en maak het plan daarna van jezelf.',
  proposalEmpty: 'Voor deze keuze hebben we geen acties. Kies andere groeigebieden.',
  why: 'Waarom',
  readMore: 'Lees meer',
  adopt: 'Neem dit plan over',
  adoptAgain: 'Voeg wat nieuw is toe aan mijn plan',
  adoptAgainNote:
    'Je hebt een voorstel al overgenomen. Heb je je antwoorden veranderd, dan voegt deze knop alleen de acties toe die nog niet in je plan staan. Je eigen aanpassingen blijven staan.',
  adopted: (n: number) =>
    n === 0
      ? 'Alles uit dit voorstel stond al in je plan.'
      : n === 1
        ? 'Eén actie toegevoegd aan je plan.'
        : `${n} acties toegevoegd aan je plan.`,

  // Plan editor
  planTitle: 'Jouw plan',
  planIntro:
    'Pas het plan aan zoals het voor jou klopt: wijzig, verschuif, verwijder of voeg acties toe. Geef elke actie iemand die haar oppakt en een datum.',
  actionsLabel: (phase: string) => `Acties: ${phase}`,
  noActions: 'Nog geen acties in deze fase.',
  owner: 'Wie',
  ownerPlaceholder: 'Bijvoorbeeld: ik, of Fatima',
  due: 'Wanneer',
  phase: 'Fase',
  title: 'Actie',
  what: 'Wat je doet',
  edit: 'Bewerk tekst',
  editDone: 'Klaar met bewerken',
  upLabel: 'Omhoog',
  downLabel: 'Omlaag',
  removeLabel: 'Verwijder',
  removeQuestion: (title: string) => `"${title}" uit je plan verwijderen?`,
  removeYes: 'Ja, verwijder',
  removeCancel: 'Nee, laat staan',
  removed: (title: string) => `"${title}" is verwijderd.`,
  undo: 'Zet terug',
  restored: (title: string) => `"${title}" staat weer in je plan.`,
  moved: (title: string, pos: number, total: number) => `"${title}" staat nu op plaats ${pos} van ${total}.`,
  ownAction: 'Eigen actie',
  addTitle: 'Een eigen actie toevoegen',
  addSubmit: 'Voeg toe',
  addNeedsTitle: 'Geef de actie een korte titel.',
  added: (title: string) => `"${title}" is toegevoegd.`,
  maxActions: (n: number) => `Een plan kan hoogstens ${n} acties hebben.`,
  maxCheckIns: (n: number) => `Een plan kan hoogstens ${n} terugblikken bewaren. Verwijder eerst een oudere.`,

  rhythmTitle: 'Terugblikken',
  rhythmIntro: 'Spreek af hoe vaak je terugkijkt: wat is er veranderd, wat nog niet, en wat is er nodig?',
  rhythmLabel: 'Ritme',
  firstCheckInLabel: 'Eerste terugblik',
  upcoming: 'Je volgende terugblikken:',
  noUpcoming: 'Kies een ritme en een datum voor de eerste terugblik.',

  exportTitle: 'Bewaren en delen',
  exportIntro:
    'Druk je plan af of bewaar het als pdf, zet de data in je agenda, of bewaar het als bestand. Wat je downloadt, staat daarna op je eigen apparaat.',
  print: 'Afdrukken of bewaren als pdf',
  markdown: 'Download als tekst',
  markdownNote: 'Een tekstbestand (Markdown) om te lezen, te mailen of in je notities te plakken.',
  ical: 'Zet in je agenda',
  icalNote:
    'Acties met een datum en je terugblikken komen in een agendabestand (.ics) dat je agenda kan openen. Acties die al gedaan zijn, niet.',
  icalEmpty:
    'Er staat nog niets met een datum in je plan. Geef acties een datum of kies een ritme voor je terugblikken.',
  json: 'Bewaar als bestand',
  jsonNote: 'Een reservekopie (JSON) die je hier later weer inleest, ook op een ander apparaat.',
  downloaded: (what: string) => `${what} staat in je downloads.`,
  markdownFile: 'Het plan als tekst',
  icalFile: 'Het agendabestand',
  jsonFile: 'Het plan als bestand',
  exportFailed: 'Het bestand kon niet gemaakt worden. Probeer het opnieuw.',

  // Follow-up
  followTitle: 'Opvolgen',
  followIntro:
    'Vink af wat gedaan is, noteer wat je bij elke terugblik ziet en scoor de relatie opnieuw. Zo zie je na een paar weken hoe het zich ontwikkelt.',
  doneLabel: (title: string) => `Gedaan: ${title}`,
  doneOn: (date: string) => `gedaan op ${date}`,
  dueOn: (date: string) => `uiterlijk ${date}`,
  overdue: 'over de datum',
  progressLine: (done: number, total: number) => `${done} van de ${total} acties gedaan.`,
  checkInTitle: 'Een terugblik noteren',
  checkInDate: 'Datum',
  checkInNote: 'Wat zie je? Wat is er veranderd, wat nog niet?',
  rateLegend: 'Scoor de relatie opnieuw (niet verplicht)',
  rateIntro:
    'Geef elke factor uit het vertrouwensquotiënt van Meyer een score van 1 tot 10, zoals je die nu ervaart. Bij kans en impact betekent hoger: meer risico.',
  rateNone: 'geen score',
  rateIncomplete: 'Geef alle zes de factoren een score, of geen enkele.',
  saveCheckIn: 'Bewaar terugblik',
  checkInSaved: (date: string) => `Terugblik van ${date} bewaard.`,
  checkInNeedsSomething: 'Schrijf iets op of geef scores.',
  historyTitle: 'Eerdere terugblikken',
  noHistory: 'Nog geen terugblikken genoteerd.',
  deleteCheckIn: (date: string) => `Verwijder terugblik van ${date}`,
  checkInDeleted: (date: string) => `Terugblik van ${date} verwijderd.`,
  trendTitle: 'Hoe de relatie zich ontwikkelt',
  trendCaption: 'Vertrouwensindex per terugblik',
  trendNeedsTwo: 'Na twee terugblikken met scores zie je hier hoe de relatie zich ontwikkelt.',
  trendModelNote:
    'De index volgt het vertrouwensquotiënt van Meyer: (bekwaamheid + betrouwbaarheid) × (intenties + integriteit) ÷ (kans + impact). Meyer bedoelt het model om te laten zien hoe de factoren samenhangen, niet om vertrouwen te meten. Gebruik de getallen als aanleiding voor een gesprek, niet als oordeel.',
  trendChange: (from: string, to: string) => `De index ging van ${from} naar ${to}.`,
  trendBest: (factor: string, from: number, to: number) =>
    `Grootste vooruitgang: ${factor.toLowerCase()} (van ${from} naar ${to}).`,
  trendWorst: (factor: string, from: number, to: number) =>
    `Grootste achteruitgang: ${factor.toLowerCase()} (van ${from} naar ${to}).`,
  indexLabel: 'Index',
  dateLabel: 'Datum',
  noteLabel: 'Notitie',
  modelLink: 'Over het vertrouwensquotiënt',
};

/** Text for the exported documents (print, Markdown, calendar). */
export const exportText = {
  docTitle: (name: string) => `Herstelplan: ${name}`,
  madeWith: (date: string, url: string) => `Gemaakt met Vertrouwenswijzer (${url}) op ${date}.`,
  situationTitle: 'De situatie',
  growthTitle: 'Groeigebieden',
  formalNote: 'Er gaat een formele route voor. Dit plan gaat over wat overblijft.',
  actionsTitle: 'Acties',
  who: 'Wie',
  when: 'Wanneer',
  why: 'Waarom',
  readMore: 'Lees meer',
  done: 'gedaan',
  checkInsTitle: 'Terugblikken',
  rhythm: 'Ritme',
  planned: 'Gepland',
  notedTitle: 'Genoteerde terugblikken',
  conversationTitle: 'Gesprekshulp',
  index: 'Index',
  modelNote:
    'De index volgt het vertrouwensquotiënt van Meyer en is een hulpmiddel om na te denken, geen meting.',
  icalCheckIn: (name: string) => `Terugblik: ${name}`,
  icalCheckInText: (url: string) =>
    `Kijk samen terug: wat is er veranderd, wat nog niet, en wat is er nodig? Noteer je terugblik en scoor de relatie opnieuw in je herstelplan: ${url}`,
  icalFromPlan: (name: string) => `Uit je herstelplan "${name}"`,
  fileBase: 'herstelplan',
};

/** The quotient index with one decimal at most, Dutch style: 12,5. */
export const formatIndex = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/** Why an own action cannot be added; `max` is the most actions a plan holds. */
export const addActionProblems: Record<AddActionProblem, (max: number) => string> = {
  full: (max) => stepText.maxActions(max),
  'needs-title': () => stepText.addNeedsTitle,
};

/** Why a check-in cannot be saved; `max` is the most check-ins a plan holds. */
export const checkInProblems: Record<CheckInProblem, (max: number) => string> = {
  'rate-incomplete': () => stepText.rateIncomplete,
  'needs-something': () => stepText.checkInNeedsSomething,
  full: (max) => stepText.maxCheckIns(max),
};
