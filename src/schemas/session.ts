import { z } from 'astro/zod';

/**
 * The contract for content/session/discussion.yaml (build time): per scan scale id, two questions
 * for the group and the chapter sections to read, each checked against the chapters' headings.
 */

export interface DiscussionRefs {
  /** Heading ids per chapter slug. */
  sections: () => Map<string, Set<string>>;
}

const question = z
  .string()
  .trim()
  .min(20)
  .max(160, 'one question, under 160 characters')
  .refine((q) => q.endsWith('?'), 'a discussion question ends with a question mark');

export function discussionSchema(refs: DiscussionRefs) {
  return z
    .object({
      questions: z.array(question).length(2, 'every scale has two discussion questions'),
      sections: z
        .array(z.string().regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'a section is "<chapter-slug>#<heading-id>"'))
        .min(1)
        .max(3),
    })
    .strict()
    .superRefine((entry, ctx) => {
      const index = refs.sections();
      entry.sections.forEach((ref, i) => {
        const [slug = '', heading] = ref.split('#');
        const chapter = index.get(slug);
        if (!chapter)
          ctx.addIssue({
            code: 'custom',
            path: ['sections', i],
            message: `no chapter "${slug}" in content/chapters`,
          });
        else if (heading === undefined || !chapter.has(heading))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', i],
            message: `chapter "${slug}" has no heading with id "${heading}"`,
          });
      });
    });
}

export type Discussion = z.infer<ReturnType<typeof discussionSchema>>;
