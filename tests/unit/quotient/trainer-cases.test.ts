import { trainerCaseSchema } from '../../../src/schemas/trainer-case';
import { readYaml } from '../../support/content';
import { at } from '../../support/must';

const cases = readYaml('trainer/cases.yaml') as unknown as Array<Record<string, unknown>>;
const problems = (value: unknown) => {
  const result = trainerCaseSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('trainer cases (content/trainer/cases.yaml)', () => {
  it('every case matches the schema and has its own id', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(problems(c), String(c.id)).toEqual([]);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('a case with five scores is rejected, naming the field', () => {
    const first = at(cases as Array<{ relationships: Array<{ scores: number[] }> }>, 0, 'case');
    const broken = {
      ...first,
      relationships: [{ ...first.relationships[0], scores: at(first.relationships, 0).scores.slice(0, 5) }],
    };
    expect(problems(broken)).toEqual(['relationships.0.scores']);
  });
});
