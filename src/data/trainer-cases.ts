import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { KINDS } from '../lib/quotient/case';
import { scoresFromList, shareFragment } from '../lib/quotient/share';

const FILE = 'content/trainer/cases.yaml';

const caseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(5),
    context: z.string().min(40),
    question: z.string().min(10),
    relationships: z
      .array(
        z
          .object({
            name: z.string().min(1).max(60),
            kind: z.enum(KINDS),
            scores: z.array(z.number().int().min(1).max(10)).length(6),
          })
          .strict(),
      )
      .min(1)
      .max(4),
  })
  .strict();

export interface TrainerCase extends z.infer<typeof caseSchema> {
  /** Site path of the calculator with this case filled in. */
  href: string;
}

/** The ready-made calculator cases of content/trainer/cases.yaml, with their links. */
export function getTrainerCases(): TrainerCase[] {
  const data = parse(readFileSync(resolve(process.cwd(), FILE), 'utf8'));
  const parsed = z.array(caseSchema).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${FILE}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.map((c) => ({
    ...c,
    href: `/vertrouwensquotient/#${shareFragment(c.relationships.map((r) => ({ name: r.name, kind: r.kind, scores: scoresFromList(r.scores) })))}`,
  }));
}
