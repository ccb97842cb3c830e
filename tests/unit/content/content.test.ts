import { chapterSchema } from '../../../src/schemas/chapter';
import { glossaryTermSchema } from '../../../src/schemas/glossary';
import { quizSchema } from '../../../src/schemas/quiz';
import { sourceSchema } from '../../../src/schemas/sources';
import { componentIds, readChapters, readYaml, readYamlFolder } from '../../support/content';

// Invariants over all content: what the schemas cannot see one file at a time.
const chapters = readChapters();
const sources = readYaml('sources.yaml');
const glossary = readYaml('glossary.yaml');
const quizzes = readYamlFolder('quizzes');
const bySlug = new Map(chapters.map((c) => [c.slug, c]));

describe('chapters', () => {
  it('there are ten, numbered 01–10 with matching, unique order', () => {
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const c of chapters) expect(c.frontmatter.order, c.file).toBe(c.number);
  });

  it.each(chapters.map((c) => [c.file, c]))('%s: frontmatter matches the schema', (_, c) => {
    const result = chapterSchema.safeParse(c.frontmatter);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it.each(chapters.map((c) => [c.file, c]))('%s: 1,200–2,500 words with the parts every chapter has', (_, c) => {
    expect(c.words).toBeGreaterThanOrEqual(1200);
    expect(c.words).toBeLessThanOrEqual(2500);
    for (const id of ['reflectievragen', 'kennischeck', 'hoe-verder']) expect(c.headingIds).toContain(id);
    expect(c.body).toMatch(/<Voorbeeld\b/);
    expect(c.body).toMatch(/<Praktijk\b/);
  });

  it.each(chapters.map((c) => [c.file, c]))('%s: heading ids are unique', (_, c) => {
    expect(new Set(c.headingIds).size).toBe(c.headingIds.length);
  });

  it.each(chapters.map((c) => [c.file, c]))('%s: every citation, term and check resolves', (_, c) => {
    const missing = [
      ...componentIds(c.body, 'Cite').filter((k) => !(k in sources)).map((k) => `Cite ${k}`),
      ...((c.frontmatter.sources as string[] | undefined) ?? []).filter((k) => !(k in sources)).map((k) => `sources ${k}`),
      ...componentIds(c.body, 'Term').filter((k) => !(k in glossary)).map((k) => `Term ${k}`),
    ];
    expect(missing).toEqual([]);
    expect(componentIds(c.body, 'Kennischeck')).toEqual([c.frontmatter.quiz]);
  });

  it.each(chapters.map((c) => [c.file, c]))('%s: links to other chapters and their sections resolve', (_, c) => {
    const broken = [...c.body.matchAll(/\]\(\/gids\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?\)/g)]
      .filter(([, slug, id]) => !bySlug.has(slug!) || (id && !bySlug.get(slug!)!.headingIds.includes(id)))
      .map((m) => m[0]);
    expect(broken).toEqual([]);
  });
});

describe('quizzes', () => {
  it('every quiz is used by exactly one chapter, and every chapter has one', () => {
    const used = chapters.map((c) => c.frontmatter.quiz);
    expect([...used].sort()).toEqual(quizzes.map((q) => q.file.replace(/\.yaml$/, '')).sort());
  });

  it.each(quizzes.map((q) => [q.file, q]))('%s: valid, 5–8 questions, mostly scenarios, sections exist', (file, q) => {
    const result = quizSchema.safeParse(q.data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    const quiz = quizSchema.parse(q.data);
    expect(`${quiz.id}.yaml`).toBe(file);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
    expect(quiz.questions.length).toBeLessThanOrEqual(8);
    expect(quiz.questions.filter((x) => x.type === 'scenario').length * 2).toBeGreaterThan(quiz.questions.length);
    const chapter = chapters.find((c) => c.frontmatter.quiz === quiz.id)!;
    for (const x of quiz.questions) expect(chapter.headingIds, `${file} ${x.id}`).toContain(x.section);
  });
});

describe('sources and glossary', () => {
  it.each(Object.entries(sources))('source %s matches the schema', (_, s) => {
    expect(() => sourceSchema.parse(s)).not.toThrow();
  });

  it('every source is cited somewhere', () => {
    const cited = new Set(chapters.flatMap((c) => [...componentIds(c.body, 'Cite'), ...((c.frontmatter.sources as string[]) ?? [])]));
    expect(Object.keys(sources).filter((k) => !cited.has(k))).toEqual([]);
  });

  it('the glossary has at least 30 terms, each valid, pointing at real chapters, sections and terms', () => {
    expect(Object.keys(glossary).length).toBeGreaterThanOrEqual(30);
    for (const [id, raw] of Object.entries(glossary)) {
      const t = glossaryTermSchema.parse(raw);
      if (t.chapter) {
        const [slug = t.chapter, hash] = t.chapter.split('#');
        expect(bySlug.has(slug), `${id}: chapter ${slug}`).toBe(true);
        if (hash) expect(bySlug.get(slug)!.headingIds, `${id}: #${hash}`).toContain(hash);
      }
      for (const r of t.related ?? []) expect(r in glossary, `${id}: related ${r}`).toBe(true);
    }
  });

  it('every chapter links at least three of its key terms to the glossary', () => {
    for (const c of chapters) expect(new Set(componentIds(c.body, 'Term')).size, c.file).toBeGreaterThanOrEqual(3);
  });
});
