import { z } from 'astro/zod';

/** A stand-alone page written in Markdown (content/pages/<slug>.md), e.g. the accessibility statement. */
export const textPageSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(20).max(160, 'a description is at most 160 characters'),
    /** When the text was last brought up to date; YAML reads 2026-12-02 as a date. */
    updated: z.coerce.date(),
  })
  .strict();

export type TextPage = z.infer<typeof textPageSchema>;
