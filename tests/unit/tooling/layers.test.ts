import { ESLint } from 'eslint';

// The layer rules are only worth having if they bite: each case is a wrong arrow that must fail.
const eslint = new ESLint();
const problems = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('lint rules hold the layers', () => {
  // Loading the config and parsers takes seconds on a busy machine; do it once, outside the cases.
  beforeAll(() => eslint.calculateConfigForFile('src/lib/x.ts'), 60_000);

  it.each([
    ['src/lib/quiz/x.ts', "import { h } from 'preact';"],
    ['src/lib/quiz/x.ts', "import { useState } from 'preact/hooks';"],
    ['src/lib/quiz/x.ts', "import { $progress } from '../../stores/progress';"],
    ['src/lib/quiz/x.ts', "import { quizText } from '../../i18n/quiz/check';"],
    ['src/lib/quiz/x.ts', "import { getCollection } from 'astro:content';"],
    ['src/lib/quiz/x.ts', "import { z } from 'astro/zod';"],
    ['src/stores/x.ts', "import { h } from 'preact';"],
    ['src/islands/scan/X.tsx', "import { Mini } from '../quotient/QuotientMini';"],
    ['src/islands/scan/X.tsx', "import { getCollection } from 'astro:content';"],
    ['src/schemas/x.ts', "import { z } from 'zod';"],
    ['src/pages/x.ts', "import { z } from 'zod';"],
  ])('%s may not: %s', async (file, code) => {
    expect(
      await problems(file, `${code}\nexport const used = [${code.match(/\{ (\w+)/)?.[1] ?? 'null'}];\n`),
    ).not.toEqual([]);
  });

  it.each([
    ['src/lib/quiz/x.ts', "import { encodeShare } from '../core/share-code';"],
    ['src/islands/scan/X.tsx', "import { Confirm } from '../shared/Confirm';"],
    ['src/islands/scan/X.tsx', "import { $scan } from '../../stores/scan';"],
    ['src/schemas/x.ts', "import { z } from 'astro/zod';"],
  ])('%s may: %s', async (file, code) => {
    expect(await problems(file, `${code}\nexport const used = [${code.match(/\{ (\S+)/)?.[1]}];\n`)).toEqual(
      [],
    );
  });
});
