import type { Quiz } from '../lib/quiz/grading';
import { z } from 'astro/zod';
import { flagRepeatedIds, id, type Same } from './shared';

export const quizOptionSchema = z
  .object({
    text: z.string().min(1),
    correct: z.boolean().default(false),
    rationale: z.string().min(10, 'every option explains why it is right or wrong'),
  })
  .strict();

export const questionSchema = z
  .object({
    id,
    type: z.enum(['single', 'multiple', 'scenario']),
    scenario: z.string().min(20).optional(),
    prompt: z.string().min(5),
    pick: z.number().int().min(2).optional(),
    section: id,
    options: z.array(quizOptionSchema).min(2).max(6),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (q.type === 'multiple') {
      if (correct < 2)
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `multiple choice "${q.id}" needs at least two correct options, has ${correct}`,
        });
      if (q.pick !== correct)
        ctx.addIssue({
          code: 'custom',
          path: ['pick'],
          message: `multiple choice "${q.id}": pick must equal the number of correct options (${correct})`,
        });
    } else {
      if (correct !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `${q.type} question "${q.id}" needs exactly one correct option, has ${correct}`,
        });
      if (q.pick !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['pick'],
          message: `pick belongs to multiple-choice questions only ("${q.id}")`,
        });
    }
    if (q.type === 'scenario' && !q.scenario)
      ctx.addIssue({
        code: 'custom',
        path: ['scenario'],
        message: `scenario question "${q.id}" needs a scenario`,
      });
    if (q.type !== 'scenario' && q.scenario)
      ctx.addIssue({
        code: 'custom',
        path: ['scenario'],
        message: `only scenario questions have a scenario ("${q.id}")`,
      });
  });

export const quizSchema = z
  .object({
    id,
    questions: z.array(questionSchema).min(1),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    flagRepeatedIds(ctx, 'questions', quiz.questions, (repeated) => `duplicate question id "${repeated}"`);
  });

// The schema must describe exactly the types the grading code works with.
const sameQuiz: Same<z.infer<typeof quizSchema>, Quiz> = true;
void sameQuiz;
