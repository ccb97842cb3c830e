import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { glossaryTermSchema } from './schemas/glossary';
import { quizSchema } from './schemas/quiz';
import { repairFileSchema } from './schemas/repair';
import { instrumentSchema } from './schemas/scan';
import { discussionSchema } from './schemas/session';
import { sourceSchema } from './lib/content/apa';
import { sectionIndex, sourceKeys } from './markdown/content-index';

// Authors edit content/; these schemas are its contract. A mistake fails the build naming the
// file and the field.
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

const sources = defineCollection({
  loader: file('./content/sources.yaml'),
  schema: sourceSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: glossaryTermSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: quizSchema,
});

const scan = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/scan' }),
  schema: instrumentSchema,
});

// The repair-plan catalogue: one file per theme, each a list of actions with the situations they
// fit, a source key and the chapter section behind them (both checked against the content).
const repair = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/repair' }),
  schema: repairFileSchema({ sources: sourceKeys, sections: sectionIndex }),
});

// Group sessions: per scan scale two discussion questions and the sections to read (checked).
const discussion = defineCollection({
  loader: file('./content/session/discussion.yaml'),
  schema: discussionSchema({ sections: sectionIndex }),
});

export const collections = { chapters, sources, glossary, quizzes, scan, repair, discussion };
