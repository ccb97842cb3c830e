/**
 * The guide sections the builder's steps link to, as "chapter-slug#heading-id". The page resolves
 * them at build time (src/data/sections.ts) and hands the links in, so a reworded heading fails
 * the build instead of breaking a link.
 */
export const BUILDER_SECTIONS = {
  formalRoutes: 'vertrouwen-herstellen#wanneer-formele-routes-voorgaan',
  quotientModel: 'het-vertrouwensquotient#het-model-in-het-kort',
  ik: 'communiceren-en-conflicten-oplossen#ik-boodschappen',
  sbi: 'communiceren-en-conflicten-oplossen#feedback-met-sbi',
} as const;

export type BuilderLinks = Record<keyof typeof BUILDER_SECTIONS, string>;
