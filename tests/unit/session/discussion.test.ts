import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { discussionSchema } from '../../../src/schemas/session';
import { sectionIndex } from '../../../src/markdown/content-index';
import { CONTENT } from '../../support/content';
import { readInstruments } from '../../support/scan';

const schema = discussionSchema({ sections: sectionIndex });
const file = parse(readFileSync(join(CONTENT, 'session/discussion.yaml'), 'utf8')) as Record<string, unknown>;

describe('discussion questions for group sessions', () => {
  it('cover every scale of every instrument, and nothing else', () => {
    const scales = readInstruments().flatMap((i) => i.scales.map((s) => s.id));
    expect(Object.keys(file).sort()).toEqual([...scales].sort());
  });

  it('are valid, with sections that exist in the chapters', () => {
    for (const [id, entry] of Object.entries(file)) {
      const parsed = schema.safeParse(entry);
      expect(parsed.success, `${id}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('reject a missing heading, a third question and a statement, naming the field', () => {
    const good = file['omgeving-veiligheid'] as { questions: string[]; sections: string[] };
    const paths = (entry: unknown) => schema.safeParse(entry).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ ...good, sections: ['wat-is-vertrouwen#bestaat-niet'] })).toEqual(['sections.0']);
    expect(paths({ ...good, sections: ['bestaat-niet#x'] })).toEqual(['sections.0']);
    expect(paths({ ...good, questions: [...good.questions, 'Nog een vraag voor de groep?'] })).toEqual([
      'questions',
    ]);
    expect(
      paths({ ...good, questions: [good.questions[0], 'Dit is een stelling zonder vraagteken.'] }),
    ).toEqual(['questions.1']);
  });
});
