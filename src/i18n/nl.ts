// Every string a visitor sees outside content/ lives here, so a second language can follow.
export const ui = {
  siteName: 'Vertrouwenswijzer',
  tagline: 'Vertrouwen op het werk opbouwen en herstellen',
  siteDescription:
    'Een onderbouwde, praktische gids over vertrouwen op het werk: wat het is, wat het oplevert, hoe het groeit, hoe het breekt en hoe je het herstelt.',
  skipLink: 'Naar de inhoud',
  nav: {
    main: 'Hoofdmenu',
    guide: 'Gids',
    glossary: 'Begrippen',
    sources: 'Bronnen',
    about: 'Over deze gids',
    home: 'Start',
    myProgress: 'Mijn voortgang',
    myData: 'Mijn gegevens',
    trainers: 'Voor trainers',
    help: 'Waar kun je terecht?',
    accessibility: 'Toegankelijkheid',
    menu: 'Menu',
    menuRead: 'Lezen',
    menuTools: 'Instrumenten',
    menuMine: 'Van jou',
  },
  search: {
    open: 'Zoeken',
    title: 'Zoeken in de gids',
    close: 'Sluiten',
    noScript: 'Zoeken werkt met JavaScript. Zonder JavaScript vind je alles via de hoofdstukken hieronder.',
    loadFailed: 'Het zoeken kon niet geladen worden. Probeer het opnieuw of blader via de hoofdstukken.',
  },
  theme: {
    label: 'Kleurthema',
    auto: 'Thema: automatisch',
    light: 'Thema: licht',
    dark: 'Thema: donker',
  },
  chapter: {
    navTitle: 'Hoofdstukken',
    navToggle: 'Alle hoofdstukken',
    current: 'huidig hoofdstuk',
    read: 'gelezen',
    tocTitle: 'Op deze pagina',
    goalsTitle: 'Na dit hoofdstuk kun je',
    readingTime: (min: number) => `${min} min lezen`,
    chapterNo: (n: number) => `Hoofdstuk ${n}`,
    previous: 'Vorig hoofdstuk',
    next: 'Volgend hoofdstuk',
    sourcesTitle: 'Bronnen',
    sourcesIntro: 'Werken die in dit hoofdstuk aangehaald worden, in APA-stijl.',
    furtherReading: 'Verder lezen',
    forTrainers: 'Voor trainers: handout bij dit hoofdstuk',
    copyLink: 'Link gekopieerd',
    praktijk: 'In de praktijk',
    voorbeeld: 'Voorbeeld',
    letOp: 'Let op',
  },
  footer: {
    privacy: 'Wat je invult, blijft op je eigen apparaat. Geen cookies, geen tracking.',
    disclaimer: 'Deze gids is geen vervanging voor professioneel advies bij ernstige situaties.',
  },
  notFound: {
    title: 'Deze pagina bestaat niet',
    intro:
      'De link is misschien verouderd of bevat een tikfout. Zoek wat je nodig hebt, of kies een hoofdstuk.',
  },
} as const;

export const toolNames = {
  quotient: { name: 'Vertrouwensquotiënt', href: 'vertrouwensquotient/' },
  scan: { name: 'Vertrouwensscan', href: 'scan/' },
  herstelplan: { name: 'Herstelplan', href: 'herstelplan/' },
} as const;
