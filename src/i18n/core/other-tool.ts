/** A link opened on a page other than the tool it was made for. */
export const otherToolText = {
  belongs: (tool: string) =>
    `Deze link is gemaakt voor een ander onderdeel van de site: ${tool}. Hier doet hij niets.`,
  open: (tool: string) => `Open de link in ${tool}`,
};
