import type {
  Phase,
  Relationship,
  Role,
  SafetyConcern,
  ScanInstrument,
  ScanScale,
  Severity,
  Talked,
  Timing,
  Violation,
} from '../../lib/repair/catalogue';
import type { Step } from '../../lib/repair/plan';
import type { ShareProblem } from '../../lib/core/share-code';
import type { HandoffProblem } from '../../lib/repair/scan-handoff';
import type { SituationProblem } from '../../lib/repair/forms';
import { dutchDate } from '../dates';

// What a visitor reads in the repair-plan builder's first steps: plans, hand-off, safety, situation.
// The later steps and the exports have theirs in herstelplan-steps.ts, loaded with those steps.

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

const COUNT = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];

/** The page's intro to the wizard: a title with the number of steps, and a line per step. */
export const stepsIntro = {
  title: (n: number) => `In ${COUNT[n] ?? n} stappen`,
  steps: {
    veiligheid: 'Eerst kijk je of het om meer gaat dan vertrouwen. Dan gaat een formele route voor.',
    situatie: 'Tussen wie het speelt, wat jouw rol is, wat er misging, hoe ernstig en hoe lang geleden.',
    voorstel: 'Acties die passen bij je situatie, elk met de reden erachter en een bron.',
    plan: 'Je past het voorstel aan, bereidt het gesprek voor en zet de data in je agenda.',
    opvolgen:
      'Op vaste momenten kijk je terug: wat is gedaan, wat is veranderd, hoe staat de relatie er nu voor?',
  } satisfies Record<Step, string>,
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
      competentie:
        'Kunde: iets wat verwacht werd, kon niet worden waargemaakt (een fout, een gemiste deadline)',
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

// The scan's own scale names (content/scan/*.yaml), so a visitor sees the same words in both tools;
// tests/unit/scan/plan-names.test.ts keeps them equal.
export const scaleNames: Record<ScanScale, string> = {
  'eigen-openheid': 'Open communicatie',
  'eigen-consistentie': 'Doen wat je zegt',
  'eigen-verbinding': 'Verbinding',
  'eigen-erkenning': 'Erkenning geven',
  'eigen-discretie': 'Discretie',
  'eigen-leiderschap': 'Uitleggen en betrekken',
  'eigen-moed': 'Moed',
  'eigen-discipline': 'Volhouden',
  'eigen-verantwoordelijkheid': 'Verantwoordelijkheid nemen',
  'collegas-bekwaamheid': "Bekwaamheid van je collega's",
  'leiding-bekwaamheid': 'Bekwaamheid van je leidinggevende',
  'collegas-betrouwbaarheid': "Betrouwbaarheid van je collega's",
  'leiding-betrouwbaarheid': 'Betrouwbaarheid van je leidinggevende',
  'collegas-intenties': "Goede bedoelingen van je collega's",
  'leiding-intenties': 'Goede bedoelingen van je leidinggevende',
  'collegas-integriteit': "Eerlijkheid en discretie van je collega's",
  'leiding-integriteit': 'Eerlijkheid van je leidinggevende',
  'omgeving-risico': 'Ervaren risico',
  'omgeving-veiligheid': 'Veiligheid in het team',
  'omgeving-organisatie': 'De organisatie',
};

export const shareProblems: Record<ShareProblem, string> = {
  malformed:
    'De link vanuit de scan is niet compleet of beschadigd, bijvoorbeeld doordat hij maar voor een deel is gekopieerd.',
  'too-long': 'De link vanuit de scan is langer dan een link van deze site kan zijn.',
  'unknown-version': 'De link vanuit de scan komt uit een andere versie van de site.',
  invalid: 'De link vanuit de scan bevat gegevens die we niet herkennen.',
};

export const planText = {
  // Plans list
  plansTitle: 'Mijn plannen',
  // Before the builder runs: neither "no plans" (a returning visitor would fear them lost) nor a list.
  plansLoading: 'Je plannen op dit apparaat worden opgezocht.',
  plansIntro: 'Je plannen staan alleen in deze browser op dit apparaat. Je kunt er meer dan één bijhouden.',
  noPlans:
    'Je hebt nog geen plan op dit apparaat. Begin je een plan, dan worden je antwoorden meteen bewaard. Heb je eerder een plan als bestand bewaard? Lees het hier in.',
  newPlan: 'Begin een nieuw plan',
  toPlans: (n: number) => (n === 1 ? 'Naar je plan' : `Naar je ${n} plannen`),
  newPlanName: (n: number) => (n === 1 ? 'Mijn herstelplan' : `Mijn herstelplan ${n}`),
  open: (name: string) => `Open ${name}`,
  opened: 'geopend',
  deletePlan: (name: string) => `Verwijder ${name}`,
  deleteConfirm: (name: string) =>
    `Weet je zeker dat je "${name}" wilt verwijderen? Dit kun je niet ongedaan maken.`,
  deleteYes: 'Ja, verwijder',
  cancel: 'Annuleren',
  deleted: (name: string) => `Het plan "${name}" is verwijderd.`,
  planStatus: (step: string) => `Stap: ${step}`,
  planProgress: (done: number, total: number) => `${done} van ${total} acties gedaan`,
  nextCheckIn: (date: string) => `Volgende terugblik: ${date}`,
  maxPlans: (n: number) =>
    `Je hebt ${n} plannen, het maximum op dit apparaat. Verwijder er een om een nieuw plan te beginnen.`,
  untitled: 'Naamloos plan',

  // Hand-off from the scan
  fromScanTitle: 'Vanuit je scan',
  fromScanIntro: (instrument: string) =>
    `Je komt van de scan "${instrument}". Dit zijn de groeigebieden die je meenam:`,
  fromScanStart: 'Maak een plan vanuit je scan',
  fromScanNote: 'Er verandert niets aan je bestaande plannen: dit wordt een nieuw plan.',
  fromScanName: 'Plan vanuit mijn scan',
  fromScanBad: 'We konden de link vanuit de scan niet lezen.',
  fromScanBadAfter:
    'Je bestaande plannen staan hieronder. Open de scan opnieuw en kies daar nog eens "Maak een plan", of kies hieronder zelf je groeigebieden.',
  fromScanUnknown: (ids: string) => `Deze groeigebieden kennen we niet en laten we weg: ${ids}.`,
  fromScanNone: 'Geen van de groeigebieden in de link herkennen we.',

  // Steps
  stepsLabel: 'Stappen van je plan',
  stepOf: (n: number, total: number) => `Stap ${n} van ${total}`,
  stepLocked: 'nog niet beschikbaar',
  next: 'Volgende stap',
  loading: 'Even laden…',
  loadFailed: 'Dit deel kon niet geladen worden. Is je verbinding weggevallen?',
  retry: 'Probeer opnieuw',
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
  helpPointer:
    'Waar je in Nederland en België terechtkunt voor advies, een vertrouwelijk gesprek of een melding:',
  helpLink: 'Waar kun je terecht?',
  formalMore: 'Meer hierover lees je in',
  formalMoreLink: 'Wanneer formele routes voorgaan',
  formalContinue: 'Verder met wat overblijft',
  formalStop: 'Ik kies eerst een formele route',
  formalStopped:
    'Goed dat je daarvoor kiest. Je plan blijft bewaard: kom terug als je verder wilt met wat overblijft.',
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

  // Import
  downloadedAll: 'Je plannen staan als bestand in je downloads.',
  importLabel: 'Lees een bewaard plan in',
  fileHint:
    'Een bewaard plan is een bestand (JSON) dat je hier later weer inleest, ook op een ander apparaat. Inlezen voegt plannen toe en verandert niets aan je andere plannen.',
  importDone: (n: number) =>
    n === 1 ? 'Eén plan ingelezen en toegevoegd.' : `${n} plannen ingelezen en toegevoegd.`,
  importFailed: 'Dit bestand kunnen we niet inlezen.',
  importNothingChanged: 'Je plannen zijn niet veranderd.',
  importProblems: {
    'too-large': 'Het is groter dan een plan van deze site kan zijn.',
    'not-json': 'Het is geen bewaard plan, of het bestand is beschadigd.',
    'not-ours': 'Het is geen herstelplan van Vertrouwenswijzer.',
    'too-new': 'Het komt uit een nieuwere versie van de site.',
    invalid: 'Een plan in het bestand is beschadigd of heeft een onbekende vorm.',
    empty: 'Er staat geen plan in.',
    'too-many': (max: number) => `Samen met je plannen op dit apparaat worden het er meer dan ${max}.`,
  },
  downloadAll: 'Bewaar al mijn plannen als bestand',

  needsJs:
    'Voor de planbouwer heb je JavaScript nodig: je plan wordt in je eigen browser gemaakt en bewaard. Zonder JavaScript kun je de acties hieronder lezen en zelf een plan op papier maken.',
  formalRoutes: 'Formele routes',
};

/** "2026-03-12" → "12 maart 2026". */
export const formatDate = dutchDate;

/** Where to go when it is not a trust matter (the Netherlands and Belgium). */
export const formalRoutes: Array<{ who: string; what: string }> = [
  {
    who: 'De vertrouwenspersoon',
    what: 'luistert in vertrouwen, zet je mogelijkheden op een rij en gaat met je mee als je een melding of klacht wilt doen.',
  },
  {
    who: 'In België: de preventieadviseur psychosociale aspecten',
    what: 'van de interne of externe preventiedienst. Bij hem of haar vraag je een informele of formele psychosociale interventie aan.',
  },
  {
    who: 'HR of een hogere leidinggevende',
    what: 'vooral als je eigen leidinggevende bij de zaak betrokken is.',
  },
  {
    who: 'De ondernemingsraad',
    what: 'in België ook het comité voor preventie en bescherming op het werk, als het om beleid gaat of om iets wat veel collega’s raakt.',
  },
  {
    who: 'De klokkenluidersregeling',
    what: 'van je organisatie bij een vermoeden van fraude, corruptie of een andere misstand. Advies krijg je in Nederland bij het Huis voor Klokkenluiders; in België ontvangt de Federale Ombudsman externe meldingen.',
  },
];
export const emergencyLine = 'Is er acuut gevaar? Bel 112, in Nederland en in België.';

/** Why a link from the scan cannot start a plan. */
export const handoffProblems: Record<HandoffProblem, string> = {
  ...shareProblems,
  'no-known-scales': planText.fromScanNone,
};

/** Why the situation step cannot be left yet; `open` is the number of questions still open. */
export const situationProblems: Record<SituationProblem, (open: number) => string> = {
  'scales-missing': () => planText.scalesHint,
  'situation-incomplete': (open) => planText.situationIncomplete(open),
};
