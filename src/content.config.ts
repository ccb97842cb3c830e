import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { chapterSchema } from './schemas/chapter';
import { glossaryTermSchema } from './schemas/glossary';
import { helpPageSchema } from './schemas/help';
import { textPageSchema } from './schemas/page';
import { quizSchema } from './schemas/quiz';
import { repairFileSchema } from './schemas/repair';
import { instrumentSchema } from './schemas/scan';
import { sourceSchema } from './schemas/sources';
import { trainerCaseSchema } from './schemas/trainer-case';
import { discussionSchema } from './schemas/session';
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

// "Waar kun je terecht?" (/hulp/): one document, page texts and routes together, so the schema can
// hold the whole file (unique route ids, emergency numbers that exist, the checked date).
const help = defineCollection({
  loader: file('./content/help/routes.yaml', { parser: (text) => ({ help: parseYaml(text) }) }),
  schema: helpPageSchema,
});

// Stand-alone pages in Markdown, e.g. the accessibility statement (/toegankelijkheid/).
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/pages' }),
  schema: textPageSchema,
});

// Ready-made calculator cases on the trainer page: a list in one file, each with its own id.
const trainerCases = defineCollection({
  loader: file('./content/trainer/cases.yaml'),
  schema: trainerCaseSchema,
});

// Group sessions: per scan scale two discussion questions and the sections to read (checked).
const discussion = defineCollection({
  loader: file('./content/session/discussion.yaml'),
  schema: discussionSchema({ sections: sectionIndex }),
});

export const collections = {
  chapters,
  sources,
  glossary,
  quizzes,
  scan,
  repair,
  trainerCases,
  help,
  pages,
  discussion,
};
