/** Words a Dutch adult reads per minute in non-fiction (a conservative figure for screen reading). */
export const WORDS_PER_MINUTE = 200;

/** Removes frontmatter, MDX/JSX tags, imports and markdown syntax, leaving the words a reader reads. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?\n---\s*/u, '')
    .replace(/^(import|export)\s.*$/gmu, '')
    .replace(/<\/?[A-Za-z][^>]*?\/?>/gu, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/[#>*_`|~-]+/gu, ' ');
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes, at least one. */
export function readingMinutes(mdx: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(plainText(mdx)) / wordsPerMinute));
}
