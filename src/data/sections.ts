import { headingsOf } from '../lib/content/headings';
import { siteHref } from '../islands/shared/site-path';

/**
 * The one place internal chapter URLs are built, and the one build-time look-up of chapter
 * sections. Pages resolve every section they (or their islands) link to through it, so that a
 * reworded heading fails the build, naming who asked, instead of leaving a dead link.
 */

/** The URL of a chapter, or of a section in it; under the site's base path. */
export function chapterHref(slug: string, sectionId?: string): string {
  return siteHref(`gids/${slug}/${sectionId ? `#${sectionId}` : ''}`);
}

/** "chapter-slug#heading-id", as content and code name a section. */
export type SectionKey = `${string}#${string}`;

export interface ResolvedSection {
  href: string;
  /** The heading's text. */
  title: string;
  chapterTitle: string;
  chapterOrder: number;
  chapterHref: string;
}

/** What the resolver needs of a chapter. */
export interface ChapterText {
  slug: string;
  title: string;
  order: number;
  body: string;
}

/** Resolves "slug#id" to its link and heading text; `where` names the asker in the error. */
export type SectionResolver = (key: string, where: string) => ResolvedSection;

export function createSectionResolver(chapters: readonly ChapterText[]): SectionResolver {
  const bySlug = new Map(
    chapters.map((c) => [
      c.slug,
      { chapter: c, headings: new Map(headingsOf(c.body).map((h) => [h.id, h.text])) },
    ]),
  );
  return (key, where) => {
    const [slug = '', id = '', ...rest] = key.split('#');
    if (!slug || !id || rest.length)
      throw new Error(`${where}: "${key}" is not a section; write "chapter-slug#heading-id"`);
    const found = bySlug.get(slug);
    if (!found) throw new Error(`${where}: no chapter "${slug}" in content/chapters (section "${key}")`);
    const title = found.headings.get(id);
    if (title === undefined) throw new Error(`${where}: chapter "${slug}" has no heading with id "${id}"`);
    const { chapter } = found;
    return {
      href: chapterHref(slug, id),
      title,
      chapterTitle: chapter.title,
      chapterOrder: chapter.order,
      chapterHref: chapterHref(slug),
    };
  };
}

/** Resolves a named set of sections to their links: the small map a page hands to an island. */
export function sectionHrefs<K extends string>(
  resolve: SectionResolver,
  keys: Readonly<Record<K, string>>,
  where: string,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<string>(keys).map(([name, key]) => [name, resolve(key, `${where} (${name})`).href]),
  ) as Record<K, string>;
}
