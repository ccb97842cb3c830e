import { catalogueActionSchema, duplicateIds, repairFileSchema } from '../../../src/schemas/repair';
import { isDevelopmentAction, SCAN_SCALE_IDS, type CatalogueAction } from '../../../src/lib/repair/catalogue';
import { readChapters, readYaml, readYamlFolder } from '../../support/content';
import { at } from '../../support/must';

// The catalogue in content/repair/ against its schema, and what the schema cannot see per file.
const sources = new Set(Object.keys(readYaml('sources.yaml')));
const sections = new Map(readChapters().map((c) => [c.slug, new Set(c.headingIds)]));
const schema = repairFileSchema({ sources: () => sources, sections: () => sections });
const files = readYamlFolder('repair');
const issuesOf = (data: unknown) => {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const catalogue: CatalogueAction[] = files.flatMap((f) => schema.parse(f.data).actions);

describe('the repair catalogue', () => {
  it.each(files.map((f) => [f.file, f]))(
    '%s matches the schema, with real sources and chapter sections',
    (_, f) => {
      expect(issuesOf(f.data)).toEqual([]);
    },
  );

  it('has unique action ids over all files', () => {
    expect(duplicateIds(files.map((f) => ({ file: f.file, actions: schema.parse(f.data).actions })))).toEqual(
      [],
    );
  });

  it('offers at least two development actions for every scan scale', () => {
    for (const scale of SCAN_SCALE_IDS) {
      const n = catalogue.filter((a) => a.conditions.scanScales?.includes(scale)).length;
      expect(n, scale).toBeGreaterThanOrEqual(2);
    }
  });

  it('grounds repair in chapter 8 and development in the chapters on building trust', () => {
    const chapterOf = (a: CatalogueAction) => a.section.split('#')[0];
    const repair = catalogue.filter((a) => !isDevelopmentAction(a));
    expect(repair.filter((a) => chapterOf(a) === 'vertrouwen-herstellen').length * 2).toBeGreaterThan(
      repair.length,
    );
    for (const key of ['kim2004', 'kim2006', 'gillespie2009', 'kahkonen2021', 'regier2022']) {
      expect(
        catalogue.some((a) => a.source === key),
        key,
      ).toBe(true);
    }
  });
});

describe('the catalogue schema reports the field that is wrong', () => {
  const good = at(catalogue, 0, 'catalogue action');
  const fileWith = (change: Record<string, unknown>) => ({ actions: [{ ...good, ...change }] });

  it('an unknown source, chapter or heading', () => {
    expect(issuesOf(fileWith({ source: 'niemand2020' }))).toEqual([
      'actions.0.source: no source "niemand2020" in content/sources.yaml',
    ]);
    expect(issuesOf(fileWith({ section: 'geen-hoofdstuk#x' }))).toEqual([
      'actions.0.section: no chapter "geen-hoofdstuk" in content/chapters',
    ]);
    expect(issuesOf(fileWith({ section: 'vertrouwen-herstellen#bestaat-niet' }))).toEqual([
      'actions.0.section: chapter "vertrouwen-herstellen" has no heading with id "bestaat-niet"',
    ]);
  });

  it('a why of more than one sentence, a wrong phase, an unknown condition value or field', () => {
    expect(issuesOf(fileWith({ why: 'Dit is de eerste zin. En dit is nog een tweede zin.' }))).toEqual([
      'actions.0.why: why is one sentence, ending with a full stop',
    ]);
    expect(issuesOf(fileWith({ phase: 'morgen' }))[0]).toMatch(/^actions\.0\.phase: /);
    expect(issuesOf(fileWith({ conditions: { role: ['baas'] } }))[0]).toMatch(
      /^actions\.0\.conditions\.role\.0: /,
    );
    expect(issuesOf(fileWith({ conditions: { role: [] } }))[0]).toMatch(
      /^actions\.0\.conditions\.role: leave the field out/,
    );
    expect(issuesOf(fileWith({ conditions: { kleur: ['rood'] } }))[0]).toMatch(/^actions\.0\.conditions: /);
    expect(issuesOf(fileWith({ conditions: { scanScales: ['onbekend'] } }))[0]).toMatch(
      /^actions\.0\.conditions\.scanScales\.0: /,
    );
  });

  it('a development action that is also chosen by situation, and a duplicate id', () => {
    expect(issuesOf(fileWith({ conditions: { scanScales: ['eigen-moed'], formalRoute: false } }))).toEqual(
      [],
    );
    expect(issuesOf(fileWith({ conditions: { scanScales: ['eigen-moed'], role: ['geschaad'] } }))).toEqual([
      'actions.0.conditions.role: a development action (with scanScales) is chosen by scan scale only; remove role',
    ]);
    expect(issuesOf({ actions: [good, good] })).toEqual([`actions.1.id: duplicate action id "${good.id}"`]);
    expect(
      duplicateIds([
        { file: 'a.yaml', actions: [good] },
        { file: 'b.yaml', actions: [good] },
      ]),
    ).toEqual([`content/repair/b.yaml: action id "${good.id}" is also used in content/repair/a.yaml`]);
  });

  it('accepts every authored action on its own', () => {
    for (const a of catalogue) expect(catalogueActionSchema.safeParse(a).success, a.id).toBe(true);
  });
});
