import { z } from 'astro/zod';
import { TOOL_IDS } from '../lib/content/tools';

const startsWithVerb = /^[A-ZÀ-Ý][a-zà-ÿ]+/;

export const chapterSchema = z
  .object({
    title: z.string().min(3),
    description: z.string().min(40).max(160, 'description is used for link previews: at most 160 characters'),
    order: z.number().int().min(1),
    learningGoals: z
      .array(z.string().regex(startsWithVerb, 'a learning goal starts with a verb, capitalised'))
      .min(2)
      .max(4),
    quiz: z.string().regex(/^[a-z0-9-]+$/),
    tool: z.enum(TOOL_IDS).optional(),
    sources: z.array(z.string()).default([]),
    /** Old section ids that keep working: old id → current heading id. */
    anchorAliases: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().regex(/^[a-z0-9-]+$/)).default({}),
    trainer: z
      .object({
        /** What a participant should remember: the handout's first part. */
        keyIdeas: z.array(z.string().min(10).max(200)).min(3).max(5),
        discussion: z.array(z.string().min(10)).min(3).max(5),
        exercise: z
          .object({
            title: z.string().min(3),
            duration: z.number().int().min(5).max(240),
            groupSize: z.string().optional(),
            materials: z.array(z.string()).default([]),
            steps: z.array(z.string().min(5)).min(2),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

export type ChapterData = z.infer<typeof chapterSchema>;
