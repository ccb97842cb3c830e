// Texts of the site's own search (the dialog, /zoeken/ and the 404 page).
export const searchText = {
  label: 'Zoek in de gids',
  placeholder: 'Bijvoorbeeld: vertrouwen herstellen',
  hint: 'Typ een woord of een paar woorden. Met de pijltjestoetsen ga je door de resultaten, met Enter open je er een.',
  loading: 'Zoeken…',
  none: (term: string) => `Niets gevonden voor “${term}”. Probeer een ander of korter woord.`,
  count: (n: number, term: string) =>
    n === 1 ? `1 resultaat voor “${term}”` : `${n} resultaten voor “${term}”`,
  shown: (shown: number, n: number) => `De eerste ${shown} van ${n} staan hieronder.`,
  more: 'Meer resultaten',
  results: 'Zoekresultaten',
} as const;
