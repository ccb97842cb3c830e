import { defineCollection } from 'astro:content';
import type { BaseSchema } from 'astro/content/config';
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

/** A collection of which each file in a folder of content/ is one entry. */
const eachFile = <S extends BaseSchema>(folder: string, pattern: string, schema: S) =>
  defineCollection({ loader: glob({ pattern, base: `./content/${folder}` }), schema });

/** A collection whose entries are listed in one file of content/, each with its own id. */
const listedIn = <S extends BaseSchema>(path: string, schema: S) =>
  defineCollection({ loader: file(`./content/${path}`), schema });

const chapters = eachFile('chapters', '*.mdx', chapterSchema);
const sources = listedIn('sources.yaml', sourceSchema);
const glossary = listedIn('glossary.yaml', glossaryTermSchema);
const quizzes = eachFile('quizzes', '*.yaml', quizSchema);
const scan = eachFile('scan', '*.yaml', instrumentSchema);

// The repair-plan catalogue: one file per theme, each a list of actions with the situations they
// fit, a source key and the chapter section behind them (both checked against the content).
const repair = eachFile(
  'repair',
  '*.yaml',
  repairFileSchema({ sources: sourceKeys, sections: sectionIndex }),
);

// "Waar kun je terecht?" (/hulp/): one document, page texts and routes together, so the schema can
// hold the whole file (unique route ids, emergency numbers that exist, the checked date).
const help = defineCollection({
  loader: file('./content/help/routes.yaml', { parser: (text) => ({ help: parseYaml(text) }) }),
  schema: helpPageSchema,
});

// Stand-alone pages in Markdown, e.g. the accessibility statement (/toegankelijkheid/).
const pages = eachFile('pages', '*.md', textPageSchema);

// Ready-made calculator cases on the trainer page.
const trainerCases = listedIn('trainer/cases.yaml', trainerCaseSchema);

// Group sessions: per scan scale two discussion questions and the sections to read (checked).
const discussion = listedIn('session/discussion.yaml', discussionSchema({ sections: sectionIndex }));

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
