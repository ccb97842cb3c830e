import { z } from 'astro/zod';
import { KINDS } from '../lib/quotient/case';

/** The contract for one ready-made calculator case in content/trainer/cases.yaml. */
export const trainerCaseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower case letters, digits and dashes'),
    title: z.string().min(5),
    context: z.string().min(40),
    question: z.string().min(10),
    relationships: z
      .array(
        z
          .object({
            name: z.string().min(1).max(60),
            kind: z.enum(KINDS),
            scores: z
              .array(z.number().int().min(1).max(10))
              .length(6, 'six scores: bekwaamheid, betrouwbaarheid, intenties, integriteit, kans, impact'),
          })
          .strict(),
      )
      .min(1)
      .max(4),
  })
  .strict();

export type TrainerCaseData = z.infer<typeof trainerCaseSchema>;
