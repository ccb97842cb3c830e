/** Puts values into a page text's numbered slots: fill('{0} van {1}', 2, 4) → "2 van 4". */
export const fill = (template: string, ...values: Array<string | number>) =>
  template.replace(/\{(\d)\}/g, (_, i) => String(values[i]));
