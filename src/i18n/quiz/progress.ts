export const progressText = {
  needsJs: 'Je voortgang wordt alleen in je eigen browser bewaard. Zet JavaScript aan om hem hier te zien.',
  // Before the overview runs; the table below it is already in place, so nothing jumps.
  looking: 'Je voortgang op dit apparaat wordt opgezocht.',
  summary: (read: number, done: number, total: number) =>
    `Je hebt ${read} van de ${total} hoofdstukken geopend en ${done} van de ${total} kennischecks afgerond.`,
  caption: 'Voortgang per hoofdstuk',
  chapter: 'Hoofdstuk',
  read: 'Gelezen',
  check: 'Kennischeck',
  readOn: (d: string) => `geopend op ${d}`,
  notYet: 'nog niet',
  completed: (right: number, total: number) => `afgerond: ${right} van ${total} goed`,
  partly: (checked: number, total: number) => `${checked} van ${total} vragen gecontroleerd`,
  continue: 'Verder',
};
