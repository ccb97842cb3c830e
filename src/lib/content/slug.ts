/** Turns heading text into a URL fragment: lower case, no accents, runs of other characters → "-". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Hands out unique slugs within one page: a repeat gets "-2", "-3", … */
export function createSlugger() {
  const seen = new Map<string, number>();
  return (text: string): string => {
    const base = slugify(text) || 'sectie';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    if (count === 0) return base;
    let candidate = `${base}-${count + 1}`;
    while (seen.has(candidate)) candidate = `${candidate}-2`;
    seen.set(candidate, 1);
    return candidate;
  };
}

/** "07-hoe-vertrouwen-afbrokkelt" → "hoe-vertrouwen-afbrokkelt": the number orders files, not URLs. */
export function chapterSlugFromId(id: string): string {
  return id.replace(/^\d+-/, '');
}
