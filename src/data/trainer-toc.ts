import type { MarkdownHeading } from 'astro';
import type { ChapterKit } from './trainer';
import { isPublished, PUBLISHED_TOOLS } from '../lib/content/tools';
import { trainerText as t } from '../i18n/trainer';
import { trainerSessionText } from '../i18n/session/trainer';

/**
 * The contents of /voor-trainers/, in the shape chapters' Toc.astro takes: its sections, with the
 * chapter kits under "Per hoofdstuk". Follows the same conditions as the page's headings; the
 * trainers browser test checks every entry lands on a heading.
 */
export function trainerHeadings(kits: ChapterKit[]): MarkdownHeading[] {
  const h = (depth: number, slug: string, text: string): MarkdownHeading => ({ depth, slug, text });
  const tools =
    PUBLISHED_TOOLS.length === 0
      ? []
      : [
          h(2, 'instrumenten', t.sections.tools),
          ...(isPublished('quotient') ? [h(2, 'kant-en-klare-casussen', t.sections.cases)] : []),
          ...(isPublished('scan') || isPublished('herstelplan')
            ? [h(2, 'startpunten', t.sections.startingPoints)]
            : []),
        ];
  return [
    h(2, 'zo-gebruik-je-de-gids', t.sections.howTo),
    ...tools,
    ...(isPublished('scan') ? [h(2, 'groepssessie', trainerSessionText.title)] : []),
    h(2, 'per-hoofdstuk', t.sections.perChapter),
    ...kits.map((k) => h(3, `kit-${k.chapter.slug}`, `${k.chapter.order}. ${k.chapter.title}`)),
  ];
}
