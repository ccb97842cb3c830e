import type { NoticeKind } from '../../stores/site-storage';

/** What the visitor is told about their saved data, per situation. */
export const noticeText: Record<NoticeKind, string> = {
  corrupt:
    'Je opgeslagen gegevens konden niet gelezen worden. We zijn opnieuw begonnen en hebben een kopie van het origineel bewaard: je vindt die onder Mijn gegevens.',
  invalid:
    'Je opgeslagen gegevens hadden een vorm die we niet herkennen. We zijn opnieuw begonnen en hebben een kopie van het origineel bewaard onder Mijn gegevens.',
  'too-new':
    'Je opgeslagen gegevens komen uit een nieuwere versie van deze site. We laten ze ongemoeid (je vindt een kopie onder Mijn gegevens) en beginnen hier opnieuw.',
  'too-old':
    'Je opgeslagen gegevens komen uit een oudere versie die we niet meer kunnen omzetten. Er staat een kopie onder Mijn gegevens; hier beginnen we opnieuw.',
  'too-large':
    'Je opgeslagen gegevens zijn groter dan we kunnen lezen. Er staat een kopie onder Mijn gegevens; hier beginnen we opnieuw.',
  memory:
    'Je browser laat deze site niets bewaren (bijvoorbeeld in een privévenster). Wat je invult, blijft alleen bewaard tot je deze pagina sluit.',
  unsaved:
    'Je browser bewaart op dit moment geen wijzigingen van deze site (de opslag is vol of staat uit). Wat je eerder bewaarde, zie je gewoon. Wat je nu verandert, blijft alleen tot je deze pagina sluit: download een kopie als je het wilt houden.',
  held: 'Je opgeslagen gegevens kunnen we niet lezen, en we kunnen er nu geen kopie van maken. Daarom laten we ze ongemoeid staan in je browser, en bewaren we hier niets nieuws tot jij kiest. Download het origineel; daarna kun je het onder Mijn gegevens verwijderen om weer te kunnen bewaren.',
  'too-large-save':
    'Dit is meer dan we op dit apparaat kunnen bewaren. Je laatste wijziging blijft alleen tot je deze pagina sluit.',
  ok: '',
  empty: '',
};

export const storageText = {
  noticeLabel: 'Melding over je opgeslagen gegevens',
  dismiss: 'Begrepen',
  myDataLink: 'Naar Mijn gegevens',
  downloadCopy: 'Download een kopie',
  downloadOriginal: 'Download het origineel',
};
