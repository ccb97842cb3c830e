import type { SessionLinkProblem } from '../../lib/session/link';

/** What a participant reads in the scan when they came through a session link. */
export const participantText = {
  bannerTitle: 'Je doet mee aan een groepssessie',
  bannerLabel: (label: string) => `Sessie: ${label}`,
  bannerIntro: (title: string) =>
    `Vul ${title} in zoals altijd. Aan het eind krijg je een deelnamecode voor de begeleider. Die code bevat alleen je scores per onderdeel, versleuteld zodat alleen de begeleider hem kan lezen; je antwoorden en je naam gaan niet mee.`,
  begin: (title: string) => `Begin met ${title}`,
  badLink: 'Deze sessielink werkt niet.',
  linkProblem: {
    malformed:
      'De link is beschadigd of onvolledig. Vraag de begeleider om de link opnieuw te sturen of scan de QR-code.',
    'too-long':
      'De link is te lang om een sessielink te zijn. Vraag de begeleider om de link opnieuw te sturen.',
    'unknown-version':
      'De link komt uit een andere versie van deze site. Vraag de begeleider om een nieuwe sessielink.',
    invalid:
      'De link is beschadigd of aangepast. Vraag de begeleider om de link opnieuw te sturen of scan de QR-code.',
    'unknown-instrument':
      'De vragenlijst van deze sessie bestaat niet op deze site. Vraag de begeleider om een nieuwe sessielink.',
    'other-version':
      'Deze sessie gebruikt een oudere versie van de vragenlijst dan deze site nu heeft, dus je code zou niet meetellen. Vraag de begeleider om een nieuwe sessielink.',
  } satisfies Record<SessionLinkProblem, string>,
  badLinkAfter: 'Je kunt de scan hieronder wel voor jezelf invullen.',

  codeTitle: 'Je deelnamecode',
  codeIntro:
    'Geef deze code aan de begeleider: kopieer hem in de chat, laat de QR-code zien of deel hem. Wie de code ziet zonder de sleutel van de begeleider, kan er niets uit lezen.',
  codeLabel: 'Deelnamecode',
  making: 'Code maken…',
  makeFailed:
    'Er kon geen code gemaakt worden: deze browser mist de nodige versleuteling (WebCrypto). Probeer een recente browser.',
  copy: 'Kopieer de code',
  copied: 'Code gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. Selecteer de code en kopieer hem zelf.',
  share: 'Deel de code',
  shareTitle: 'Deelnamecode groepssessie',
  showQr: 'Toon als QR-code',
  hideQr: 'Verberg de QR-code',
  qrLabel: 'QR-code van je deelnamecode',
  tooFewScores:
    'Je hebt bij sommige onderdelen te weinig stellingen beantwoord. Die onderdelen tellen in de groep niet mee; de rest wel.',
  keepTitle: 'Je uitkomst op dit apparaat',
  keepIntro: 'Je uitkomst staat zoals altijd bij je scans op dit apparaat, zodat je hem later terugziet.',
  forget: 'Bewaar mijn uitkomst niet op dit apparaat',
  forgotten:
    'Je uitkomst is van dit apparaat gewist. De code hierboven blijft staan tot je deze pagina sluit.',
  qrLoadFailed: 'De QR-code kon niet geladen worden. Kopieer de code als tekst.',
};
