/** The "Groepssessie" section on /voor-trainers/. */
export const trainerSessionText = {
  title: 'Groepssessie: de scan met een hele groep',
  intro:
    'Met een groepssessie vult iedereen de Vertrouwensscan in op de eigen telefoon, en bespreek je daarna samen hoe ver de antwoorden uiteenlopen. Alles gebeurt in browsers: de antwoorden van deelnemers gaan naar geen enkele server, ook niet naar de onze.',
  steps: [
    {
      title: 'Start de sessie op je eigen laptop.',
      text: 'Open de pagina Groepssessie, kies een vragenlijst, geef de sessie een naam (die blijft op je laptop) en kies een anonimiteitsdrempel: minstens 3, standaard 5. Wil je dat deelnemers zien in welke sessie ze zitten, geef dan ook een korte naam voor deelnemers op; die staat in de link.',
    },
    {
      title: 'Nodig de groep uit.',
      text: 'Laat de QR-code groot op het scherm of de beamer zien, deel de sessielink in de chat, of druk de instructiekaart af en leg die op tafel. De kaart heeft de QR-code en de stappen voor deelnemers.',
    },
    {
      title: 'Deelnemers vullen de scan in.',
      text: 'Ze zien bovenaan dat ze in een groepssessie zitten, beantwoorden de stellingen en krijgen hun eigen uitkomst, zoals altijd. Aan het eind staat een deelnamecode.',
    },
    {
      title: 'Verzamel de codes.',
      text: 'Deelnemers plakken hun code in de chat of laten de QR-code zien. Plak alle codes in een keer op je laptop, importeer een tekstbestand of scan de QR-codes met je camera. Dubbele codes tellen een keer; een code uit een andere sessie of een beschadigde code wordt uitgelegd.',
    },
    {
      title: 'Toon de uitkomst en bespreek.',
      text: 'Vanaf de drempel toon je per onderdeel de spreiding: de onderdelen waar de groep het meest verdeeld is eerst. Bij elk onderdeel staan twee gespreksvragen en de hoofdstukken om te lezen. De presentatiemodus laat een onderdeel per scherm zien; het groepsrapport druk je af op A4 of exporteer je als CSV of JSON.',
    },
  ],
  privacyTitle: 'Wat er met de gegevens gebeurt',
  privacy: [
    'Een deelnamecode bevat alleen de scores per onderdeel, de versie van de vragenlijst en de dag. Geen naam, geen antwoorden op stellingen, geen tijdstip.',
    'De code is versleuteld met de sleutel van jouw sessie. Wie een code in de groepschat ziet, kan er niets uit lezen; alleen jouw browser kan dat.',
    'Onder de drempel toont de pagina niets, en een onderdeel met minder antwoorden dan de drempel blijft altijd verborgen. Ook de export bevat alleen cijfers per onderdeel.',
    'Na afloop wis je de sessie op de pagina zelf of onder Mijn gegevens.',
  ],
  start: 'Start een groepssessie',
  cardNote:
    'De instructiekaart voor deelnemers druk je af vanaf de sessiepagina, zodra je sessie loopt: alleen daar bestaat de sessielink die op de kaart staat.',
};
