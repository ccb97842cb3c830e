// Texts for installing the site as an app, working offline and updating.
export const offline = {
  manifest: {
    name: 'Vertrouwenswijzer: vertrouwen op het werk',
    shortName: 'Vertrouwenswijzer',
    description:
      'Een praktische gids over vertrouwen op het werk opbouwen en herstellen, met de vertrouwensscan, de vertrouwensquotiënt-rekenhulp en het herstelplan. Werkt ook zonder internet.',
  },
  status: {
    offline: 'Offline: je ziet de bewaarde versie van de gids.',
  },
  update: {
    label: 'Nieuwe versie',
    text: 'Er is een nieuwe versie van de Vertrouwenswijzer.',
    reload: 'Nu laden',
    later: 'Later',
    note: 'Wat je hebt ingevuld en bewaard blijft staan.',
  },
  page: {
    title: 'Je bent offline',
    description:
      'Deze pagina is niet bewaard op dit apparaat. Dit kun je zonder internet lezen en gebruiken.',
    intro:
      'Deze pagina is niet op dit apparaat bewaard, en er is nu geen verbinding. Alles hieronder werkt ook zonder internet: de hele gids, de hulpmiddelen en wat je zelf hebt bewaard.',
    guide: 'De gids',
    tools: 'Hulpmiddelen',
    more: 'Verder',
    retry: 'Is er weer verbinding? Laad de pagina dan opnieuw.',
  },
};
