import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './lib/chapter';
import { glossaryTermSchema } from './lib/glossary';
import { quizSchema } from './lib/quiz-schema';
import { instrumentSchema } from './lib/scan-schema';
import { sourceSchema } from './lib/sources';

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

export const collections = { chapters, sources, glossary, quizzes, scan };
