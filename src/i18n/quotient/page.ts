import type { Factor, Zone } from '../../lib/quotient/quotient';
import type { Kind } from '../../lib/quotient/case';
import type { ShareProblem } from '../../lib/core/share-code';
import type { SaveProblem } from '../../lib/quotient/relationship-list';

/**
 * Fixed texts of the calculator page (/vertrouwensquotient/). Plain data: the page passes them to
 * the island as props. `{0}`, `{1}` are filled in by the island. Sentences: ./quotient.ts.
 */

export interface FactorHelp {
  /** One question to ask yourself. */
  question: string;
  /** What a 1 means. */
  low: string;
  /** What a 10 means. */
  high: string;
}

export const factorHelp: Record<Factor, FactorHelp> = {
  competence: {
    question: 'Zou ik deze taak zonder aarzelen aan deze persoon geven als alleen vakkennis telde?',
    low: 'de kennis, vaardigheden of middelen voor deze taak ontbreken',
    high: 'kent het werk door en door en weet wie of wat er nodig is',
  },
  reliability: {
    question: 'Hoe vaak moest ik de laatste tijd navragen of iets af was?',
    low: 'afspraken lopen vaak uit of raken vergeten',
    high: 'levert wat is toegezegd, op tijd, zonder dat ik hoef na te bellen',
  },
  intentions: {
    question: 'Wat wil deze persoon bereiken, en past dat bij wat ik wil?',
    low: 'ik vermoed een eigen agenda; onze doelen lopen uiteen',
    high: 'wil hetzelfde als ik en houdt rekening met mijn belang',
  },
  integrity: {
    question: 'Zou deze persoon het mij eerlijk zeggen als er iets misging?',
    low: 'neemt het met de waarheid of met afspraken niet nauw, zeker onder druk',
    high: 'eerlijk en rechtvaardig, ook als niemand meekijkt of als het iets kost',
  },
  probability: {
    question: 'Hoe vaak ging iets vergelijkbaars eerder mis, hier of elders?',
    low: 'het kan bijna niet misgaan',
    high: 'het gaat vrijwel zeker een keer mis',
  },
  impact: {
    question: 'Wat is het ergste dat realistisch kan gebeuren, en voor wie?',
    low: 'een fout is snel hersteld en raakt bijna niemand',
    high: 'een fout heeft grote gevolgen die moeilijk terug te draaien zijn',
  },
};

export const zoneMeaning: Record<Zone, string> = {
  'risk-outweighs':
    'Wat er op het spel staat, weegt zwaarder dan wat je van de ander ziet. In het model krijgt de ander dan weinig ruimte, tenzij het risico kleiner wordt.',
  balanced:
    'Wat je van de ander ziet en wat er op het spel staat, houden elkaar ongeveer in evenwicht. Geef je alle zes factoren hetzelfde cijfer, dan kom je altijd in deze zone uit.',
  'trust-outweighs':
    'Wat je van de ander ziet, weegt zwaarder dan wat er op het spel staat. In het model is er ruimte om los te laten.',
};

export const kindName: Record<Kind, string> = {
  colleague: 'een collega',
  leader: 'mijn leidinggevende',
  'top-management': 'het topmanagement',
  'other-team': 'een ander team',
};

export const pageText = {
  needsJs:
    'De rekenhulp werkt met JavaScript. Zonder JavaScript kun je met het rekenvoorbeeld hieronder zelf uitrekenen hoe de factoren samenhangen.',
  formTitle: 'Jouw inschatting',
  nameLabel: 'Over wie gaat het?',
  nameHint: 'Een naam of omschrijving, zoals Youssef of het MT. Je bewaart de relatie onder deze naam.',
  kindLegend: 'Wie is dat voor jou?',
  pairs: [
    'Geloofwaardigheid: kan de ander het?',
    'Vertrouwenswaardigheid: wil de ander het goede doen?',
    'Risico: wat staat er op het spel? Hier betekent hoger: meer risico.',
  ],
  valueText: '{0} van 10',
  save: 'Bewaar deze relatie',
  saveChanges: 'Bewaar de wijzigingen in deze relatie',
  newOne: 'Nieuwe relatie',
  draftNew: 'Nog niet bewaard.',
  draftSaved: 'Bewaard op dit apparaat.',
  draftChanged: 'Gewijzigd, nog niet bewaard. Bewaren werkt de bewaarde relatie met deze naam bij.',
  saved: '{0} is bewaard.',
  removed: '{0} is verwijderd.',
  saveProblem: {
    'no-name': 'Geef de relatie eerst een naam.',
    'name-too-long': 'Die naam is te lang: houd het op hoogstens 60 tekens.',
    full: 'Je kunt vier relaties bewaren. Verwijder er eerst een, of open een bewaarde relatie en werk die bij.',
  } satisfies Record<SaveProblem, string>,
  resultTitle: 'Uitkomst',
  invite:
    'Alle factoren staan nog in het midden. Zet de schuifjes op hoe jij de relatie ziet: dan zie je hier de uitkomst en waar de winst zit.',
  quotient: 'Quotiënt',
  caveat:
    'Meyer zegt er zelf bij: het model laat zien hoe de factoren samenhangen, het meet geen vertrouwen. Gebruik de uitkomst om varianten en relaties te vergelijken en om erover te praten, niet als oordeel over iemand.',
  caveatLink: 'Een model, geen meetinstrument',
  leversTitle: 'Waar zit de winst?',
  bestNone: 'Alle factoren staan al op hun gunstigste stand: in het model valt hier niets meer te winnen.',
  weakestNone: 'Alle factoren staan op hun ongunstigste stand: lager kan het quotiënt niet.',
  leverBoth: '{0}, nu {1}: een punt {2} maakt het quotiënt {3} hoger, een punt {4} {5} lager.',
  leverAtWorst: '{0}, nu {1}: een punt {2} maakt het quotiënt {3} hoger.',
  leverAtBest: '{0} staat met {1} al op de gunstigste stand; een punt {2} maakt het quotiënt {3} lager.',
  readMore: 'Lees verder:',
  compareTitle: 'Vergelijken',
  compareIntro:
    'Bewaar tot vier relaties onder hun naam en zet ze naast elkaar, bijvoorbeeld een collega, je leidinggevende en het topmanagement.',
  compareEmpty:
    'Je hebt nog geen relaties bewaard. Vul hierboven een naam en de scores in en kies Bewaar deze relatie.',
  compareShared: 'Dit zijn de relaties uit de gedeelde link.',
  compareLabel: 'Vergelijking op de logaritmische schaal van 0,2 tot 200: {0}.',
  colName: 'Naam',
  colKind: 'Soort',
  colQuotient: 'Quotiënt',
  colZone: 'Zone',
  open: 'Open',
  remove: 'Verwijder',
  /** Spoken names of the row buttons. */
  openLabel: 'Open {0}',
  removeLabel: 'Verwijder {0}',
  isOpen: '(geopend)',
  sharedTitle: 'Gedeelde relaties',
  sharedIntro:
    'Je bekijkt relaties uit een link. Je eigen bewaarde relaties blijven zoals ze waren, tot je zelf iets bewaart.',
  saveShared: 'Bewaar bij mijn relaties',
  backToOwn: 'Terug naar mijn eigen relaties',
  sharedSaved: 'Bewaard bij je eigen relaties.',
  /** Shared relationships saved under another name: {0} lists them, each as renamedPair. */
  sharedRenamed:
    'Je had al een relatie met dezelfde naam, dus we bewaarden {0}. Je eigen relatie is niet veranderd.',
  renamedPair: '„{0}” als „{1}”',
  sharedNoRoom:
    'Er is plek voor nog {0} van de 4 relaties, en deze link bevat er {1}. Open een gedeelde relatie en bewaar die los, of verwijder eerst een van je eigen relaties.',
  sharedFull:
    'Je hebt al 4 relaties bewaard, het maximum. Verwijder eerst een van je eigen relaties; daarna kun je die uit deze link bewaren.',
  badLinkTitle: 'Deze link kunnen we niet openen.',
  badLinkFallback: 'Je ziet hieronder je eigen relaties.',
  shareProblem: {
    malformed: 'De link is beschadigd of onvolledig, misschien doordat hij bij het kopiëren is afgebroken.',
    'too-long': 'De link is langer dan een link van de rekenhulp kan zijn.',
    'unknown-version': 'De link komt uit een andere versie van de rekenhulp.',
    invalid:
      'De link bevat waarden die niet kunnen: elke score moet een heel getal van 1 tot en met 10 zijn, elke relatie heeft een naam en een soort, en er passen hoogstens vier relaties in.',
  } satisfies Record<ShareProblem, string>,
  shareTitle: 'Delen',
  shareIntro:
    'Een deellink bevat de namen en scores zelf, achter het #-teken. Dat deel van een adres stuurt je browser nooit naar een server, maar iedereen die de link krijgt, ziet wat erin staat.',
  shareDraft: 'Link naar deze relatie',
  shareAll: 'Link naar de vergelijking',
  shareLabel: 'Link om te delen',
  copy: 'Kopieer',
  copied: 'Link gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
};

export type PageText = typeof pageText;
