import { z } from 'astro/zod';

export const glossaryTermSchema = z
  .object({
    term: z.string().min(1),
    definition: z.string().min(20, 'a definition needs at least a sentence'),
    chapter: z
      .string()
      .regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'chapter is "<chapter-slug>" or "<chapter-slug>#<heading-id>"')
      .optional(),
    related: z.array(z.string()).optional(),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
