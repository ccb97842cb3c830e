import type { Factor } from '../lib/quotient';
import type { Hint } from '../lib/conversation';
import type { Phase, Relationship, Role, SafetyConcern, ScanInstrument, ScanScale, Severity, Talked, Timing, Violation } from '../lib/repair-catalogue';
import type { Rhythm, Step } from '../lib/repair-plan';
import type { ShareProblem } from '../lib/share-code';

// Everything a visitor reads in the repair-plan builder, its exports included.

export const phaseNames: Record<Phase, string> = {
  nu: 'Nu',
  'deze-week': 'Deze week',
  'komende-maanden': 'De komende maanden',
};

export const stepNames: Record<Step, string> = {
  veiligheid: 'Veiligheid',
  situatie: 'De situatie',
  voorstel: 'Het voorstel',
  plan: 'Jouw plan',
  opvolgen: 'Opvolgen',
};

export const safetyConcerns: Record<SafetyConcern, string> = {
  intimidatie: 'Pesten, intimidatie of seksueel grensoverschrijdend gedrag',
  discriminatie: 'Discriminatie',
  geweld: 'Geweld of bedreiging',
  fraude: 'Fraude, corruptie of een andere misstand',
  onveilig: 'Een onveilige situatie voor jezelf of anderen',
};

export const situationQuestions = {
  relationship: {
    legend: 'Tussen wie speelt het?',
    options: {
      collega: 'Tussen mij en een collega',
      team: 'Tussen mij als leidinggevende en mijn team',
      teams: 'Tussen twee teams of afdelingen',
      organisatie: 'Tussen medewerkers en de organisatie of de top',
    } satisfies Record<Relationship, string>,
  },
  role: {
    legend: 'Wat is jouw rol?',
    options: {
      veroorzaker: 'Ik heb het vertrouwen beschadigd (of ik spreek namens wie dat deed)',
      geschaad: 'Mijn vertrouwen is beschadigd',
      begeleider: 'Ik help anderen het te herstellen, bijvoorbeeld als leidinggevende, HR of coach',
    } satisfies Record<Role, string>,
  },
  violation: {
    legend: 'Wat ging er vooral mis?',
    hint: 'Vaak is het een mengvorm. Kies wat de ander het zwaarst weegt.',
    options: {
      competentie: 'Kunde: iets wat verwacht werd, kon niet worden waargemaakt (een fout, een gemiste deadline)',
      integriteit: 'Integriteit: een afspraak of norm werd gebroken, of er was oneerlijkheid',
      welwillendheid: 'Welwillendheid: er werd niet gehandeld in het belang van de ander',
    } satisfies Record<Violation, string>,
  },
  severity: {
    legend: 'Hoe ernstig is het?',
    options: {
      klein: 'Een klein voorval',
      ernstig: 'Ernstig',
      herhaald: 'Herhaald of met opzet',
    } satisfies Record<Severity, string>,
  },
  timing: {
    legend: 'Hoe lang geleden gebeurde het?',
    options: {
      dagen: 'Deze week of vorige week',
      weken: 'Een paar weken tot drie maanden geleden',
      maanden: 'Langer dan drie maanden geleden',
    } satisfies Record<Timing, string>,
  },
  talked: {
    legend: 'Is er al over gepraat met wie het aangaat?',
    options: {
      ja: 'Ja',
      nee: 'Nee, nog niet',
    } satisfies Record<Talked, string>,
  },
} as const;

/** Short forms for summaries and exports. */
export const situationShort = {
  relationship: 'Relatie',
  role: 'Rol',
  violation: 'Wat misging',
  severity: 'Ernst',
  timing: 'Wanneer',
  talked: 'Besproken',
} as const;

export const instrumentNames: Record<ScanInstrument, string> = {
  'vertrouwen-om-mij-heen': 'Vertrouwen om mij heen',
  'mijn-vertrouwenswaardigheid': 'Mijn vertrouwenswaardigheid',
};

export const scaleNames: Record<ScanScale, string> = {
  'omgeving-bekwaamheid': 'Bekwaamheid van de mensen om je heen',
  'omgeving-betrouwbaarheid': 'Betrouwbaarheid van de mensen om je heen',
  'omgeving-intenties': 'Hun bedoelingen',
  'omgeving-integriteit': 'Hun integriteit',
  'omgeving-risico': 'Hoe veilig je je voelt om risico te nemen',
  'omgeving-veiligheid': 'Psychologische veiligheid in je team',
  'omgeving-organisatie': 'Hoe de organisatie werkt',
  'eigen-openheid': 'Open communiceren en luisteren',
  'eigen-consistentie': 'Doen wat je zegt',
  'eigen-verbinding': 'Erkenning en verbinding',
  'eigen-leiderschap': 'Transparant en inclusief leiden',
  'eigen-moed': 'Moed: lastige punten aankaarten',
  'eigen-discipline': 'Discipline in de uitvoering',
  'eigen-verantwoordelijkheid': 'Verantwoordelijkheid nemen',
};

export const factorNames: Record<Factor, string> = {
  competence: 'Bekwaamheid',
  reliability: 'Betrouwbaarheid',
  intentions: 'Intenties',
  integrity: 'Integriteit',
  probability: 'Kans dat het misgaat',
  impact: 'Impact als het misgaat',
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
  etiket: 'Een zin als "jij bent …" of "ik vind jou …" is een oordeel over de persoon. Beschrijf liever het gedrag.',
  bedoeling: 'Je vult een bedoeling in ("expres", "het kan je niet schelen"). Beschrijf wat je zag, en vraag naar de bedoeling.',
};

export const conversationText = {
  title: 'Gesprekshulp',
  intro:
    'Bereid het gesprek voor. Schrijf in je eigen woorden; je ziet hieronder meteen hoe het klinkt. Wat je hier typt, blijft op je apparaat.',
  ik: {
    legend: 'Ik-boodschap',
    more: 'Over ik-boodschappen',
    parts: {
      waarneming: { label: 'Wat zag of hoorde je?', example: 'Toen de planning vrijdag om vier uur veranderde' },
      gevolg: { label: 'Wat was het gevolg?', example: 'moest ik drie mensen terugbellen die al weg waren' },
      gevoel: { label: 'Wat deed het met je?', example: 'Dat zat me dwars, want ik kon het niet uitleggen' },
      wens: { label: 'Wat zou je willen?', example: 'Ik wil graag dat we een wijziging na twee uur eerst samen bespreken' },
    },
  },
  sbi: {
    legend: 'SBI-feedback',
    more: 'Over SBI-feedback',
    parts: {
      situatie: { label: 'Situatie: wanneer en waar?', example: 'In het werkoverleg van dinsdag' },
      gedrag: { label: 'Gedrag: wat deed de ander precies?', example: 'onderbrak je Samira twee keer tijdens haar voorstel' },
      impact: { label: 'Impact: wat was het effect?', example: 'Ze zei daarna niets meer en haar voorstel is niet besproken' },
      vraag: { label: 'Je vraag aan de ander', example: 'Hoe heb jij dat moment beleefd?' },
    },
  },
  preview: 'Zo klinkt het',
  empty: 'Vul de delen hierboven in.',
  examplePrefix: 'Bijvoorbeeld:',
};

export const shareProblems: Record<Exclude<ShareProblem, 'absent'>, string> = {
  malformed: 'De link vanuit de scan is niet compleet of beschadigd, bijvoorbeeld doordat hij maar voor een deel is gekopieerd.',
  'too-long': 'De link vanuit de scan is langer dan een link van deze site kan zijn.',
  'unknown-version': 'De link vanuit de scan komt uit een andere versie van de site.',
  invalid: 'De link vanuit de scan bevat gegevens die we niet herkennen.',
};

export const planText = {
  // Plans list
  plansTitle: 'Mijn plannen',
  plansIntro: 'Je plannen staan alleen in deze browser op dit apparaat. Je kunt er meer dan één bijhouden.',
  noPlans: 'Je hebt nog geen plan. Begin hieronder; je antwoorden worden meteen bewaard.',
  newPlan: 'Begin een nieuw plan',
  newPlanName: (n: number) => (n === 1 ? 'Mijn herstelplan' : `Mijn herstelplan ${n}`),
  open: (name: string) => `Open ${name}`,
  opened: 'geopend',
  deletePlan: (name: string) => `Verwijder ${name}`,
  deleteConfirm: (name: string) => `Weet je zeker dat je "${name}" wilt verwijderen? Dit kun je niet ongedaan maken.`,
  deleteYes: 'Ja, verwijder',
  cancel: 'Annuleren',
  deleted: (name: string) => `Het plan "${name}" is verwijderd.`,
  planStatus: (step: string) => `Stap: ${step}`,
  planProgress: (done: number, total: number) => `${done} van ${total} acties gedaan`,
  nextCheckIn: (date: string) => `Volgende terugblik: ${date}`,
  maxPlans: (n: number) => `Je hebt ${n} plannen, het maximum op dit apparaat. Verwijder er een om een nieuw plan te beginnen.`,
  untitled: 'Naamloos plan',

  // Hand-off from the scan
  fromScanTitle: 'Vanuit je scan',
  fromScanIntro: (instrument: string) => `Je komt van de scan "${instrument}". Dit zijn de groeigebieden die je meenam:`,
  fromScanStart: 'Maak een plan vanuit je scan',
  fromScanNote: 'Er verandert niets aan je bestaande plannen: dit wordt een nieuw plan.',
  fromScanName: 'Plan vanuit mijn scan',
  fromScanBad: 'We konden de link vanuit de scan niet lezen.',
  fromScanBadAfter: 'Je bestaande plannen staan hieronder. Open de scan opnieuw en kies daar nog eens "Maak een plan", of kies hieronder zelf je groeigebieden.',
  fromScanUnknown: (ids: string) => `Deze groeigebieden kennen we niet en laten we weg: ${ids}.`,
  fromScanNone: 'Geen van de groeigebieden in de link herkennen we.',

  // Steps
  stepsLabel: 'Stappen van je plan',
  stepOf: (n: number, total: number) => `Stap ${n} van ${total}`,
  stepLocked: 'nog niet beschikbaar',
  next: 'Volgende stap',
  back: 'Vorige stap',

  // Safety
  safetyTitle: 'Eerst: gaat het om meer dan vertrouwen?',
  safetyIntro:
    'Sommige situaties zijn geen vertrouwenskwestie. Dan gaan bescherming en onderzoek voor, en kan een goedbedoeld gesprek zelfs schade doen. Speelt een van deze dingen?',
  safetyLegend: 'Speelt een van deze dingen? Kies alles wat geldt.',
  safetyNone: 'Nee, geen van deze',
  safetyConfirm: 'Verder',
  safetyChooseFirst: 'Kies wat geldt, of kies "Nee, geen van deze".',
  formalTitle: 'Dit is geen vertrouwensoefening',
  formalIntro:
    'Wat je aankruiste, vraagt eerst om een formele route. Die beschermt wie iets meldt en zorgt voor zorgvuldig onderzoek. Een herstelplan komt daarna, of ernaast, nooit in de plaats ervan.',
  formalAfter:
    'Vaak blijft er naast de formele route iets over dat wel om vertrouwen gaat, zoals de samenwerking in het team. Daarvoor kun je hier verder. Het plan begint dan met de formele route en laat gesprekken met de andere partij weg.',
  formalContinue: 'Verder met wat overblijft',
  formalStop: 'Ik kies eerst een formele route',
  formalStopped: 'Goed dat je daarvoor kiest. Je plan blijft bewaard: kom terug als je verder wilt met wat overblijft.',
  formalActive: 'Er gaat een formele route voor. Dit plan gaat over wat overblijft.',

  // Situation
  situationTitle: 'De situatie',
  startLegend: 'Waar wil je aan werken?',
  startHerstel: 'Er is iets misgegaan: ik wil vertrouwen herstellen',
  startOntwikkeling: 'Er is niets gebroken, maar het vertrouwen is dun: ik wil het versterken',
  scalesLegend: 'Kies je groeigebieden (hoogstens 4)',
  scalesHint: 'Heb je de scan gedaan? Kies de gebieden waar je het laagst scoorde.',
  scalesMax: 'Je kunt hoogstens vier groeigebieden kiezen.',
  nameLabel: 'Naam van dit plan',
  nameHint: 'Alleen voor jezelf, om je plannen uit elkaar te houden.',
  situationIncomplete: (n: number) => (n === 1 ? 'Nog één vraag open.' : `Nog ${n} vragen open.`),
  toProposal: 'Bekijk het voorstel',

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
  adopted: (n: number) => (n === 0 ? 'Alles uit dit voorstel stond al in je plan.' : n === 1 ? 'Eén actie toegevoegd aan je plan.' : `${n} acties toegevoegd aan je plan.`),

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
  up: (title: string) => `${title} omhoog`,
  down: (title: string) => `${title} omlaag`,
  remove: (title: string) => `Verwijder ${title}`,
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

  rhythmTitle: 'Terugblikken',
  rhythmIntro: 'Spreek af hoe vaak je terugkijkt: wat is er veranderd, wat nog niet, en wat is er nodig?',
  rhythmLabel: 'Ritme',
  firstCheckInLabel: 'Eerste terugblik',
  upcoming: 'Je volgende terugblikken:',
  noUpcoming: 'Kies een ritme en een datum voor de eerste terugblik.',

  exportTitle: 'Bewaren en delen',
  exportIntro:
    'Druk je plan af of bewaar het als pdf, zet de data in je agenda, of download het. Wat je downloadt, staat daarna op je eigen apparaat.',
  print: 'Afdrukken of bewaren als pdf',
  markdown: 'Download als tekst (Markdown)',
  ical: 'Zet in je agenda (.ics)',
  icalNote: 'Acties met een datum en je terugblikken komen in het agendabestand. Acties die al gedaan zijn, niet.',
  icalEmpty: 'Er staat nog niets met een datum in je plan. Geef acties een datum of kies een ritme voor je terugblikken.',
  json: 'Download dit plan als back-up (JSON)',
  downloaded: (what: string) => `${what} is gedownload.`,
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
  trendBest: (factor: string, from: number, to: number) => `Grootste vooruitgang: ${factor.toLowerCase()} (van ${from} naar ${to}).`,
  trendWorst: (factor: string, from: number, to: number) => `Grootste achteruitgang: ${factor.toLowerCase()} (van ${from} naar ${to}).`,
  indexLabel: 'Index',
  dateLabel: 'Datum',
  noteLabel: 'Notitie',
  modelLink: 'Over het vertrouwensquotiënt',

  // Import
  importLabel: 'Plan inlezen uit een bestand (JSON)',
  importDone: (n: number) => (n === 1 ? 'Eén plan ingelezen en toegevoegd.' : `${n} plannen ingelezen en toegevoegd.`),
  importFailed: 'Dit bestand kunnen we niet inlezen.',
  importNothingChanged: 'Je plannen zijn niet veranderd.',
  importProblems: {
    'too-large': 'Het is groter dan een plan van deze site kan zijn.',
    'not-json': 'Het is geen JSON-bestand, of het is beschadigd.',
    'not-ours': 'Het is geen herstelplan van Vertrouwenswijzer.',
    'too-new': 'Het komt uit een nieuwere versie van de site.',
    invalid: 'Een plan in het bestand is beschadigd of heeft een onbekende vorm.',
    empty: 'Er staat geen plan in.',
    'too-many': (max: number) => `Samen met je plannen op dit apparaat worden het er meer dan ${max}.`,
  },
  downloadAll: 'Download al mijn plannen (JSON)',

  needsJs:
    'Voor de planbouwer heb je JavaScript nodig: je plan wordt in je eigen browser gemaakt en bewaard. Zonder JavaScript kun je de acties hieronder lezen en zelf een plan op papier maken.',
  formalRoutes: 'Formele routes',
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
  modelNote: 'De index volgt het vertrouwensquotiënt van Meyer en is een hulpmiddel om na te denken, geen meting.',
  icalCheckIn: (name: string) => `Terugblik: ${name}`,
  icalCheckInText: (url: string) =>
    `Kijk samen terug: wat is er veranderd, wat nog niet, en wat is er nodig? Noteer je terugblik en scoor de relatie opnieuw in je herstelplan: ${url}`,
  icalFromPlan: (name: string) => `Uit je herstelplan "${name}"`,
  fileBase: 'herstelplan',
};

/** "2026-03-12" → "12 maart 2026". */
export const formatDate = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The quotient index with one decimal at most, Dutch style: 12,5. */
export const formatIndex = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
