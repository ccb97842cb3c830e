/**
 * The section on formal routes that every scan result links to, as "chapter-slug#heading-id".
 * The page resolves it into `sections` with the instruments' own, so a reworded heading fails the build.
 */
export const FORMAL_ROUTES_SECTION = 'vertrouwen-herstellen#wanneer-formele-routes-voorgaan';
