import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { scaleNames } from '../../../src/i18n/repair/builder';

// A visitor who goes from a scan result to the plan builder sees the same scale names in both.
test('the plan builder names scan scales exactly as the scan does', () => {
  const dir = join(process.cwd(), 'content/scan');
  const fromScan: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    for (const scale of parse(readFileSync(join(dir, file), 'utf8')).scales) fromScan[scale.id] = scale.name;
  }
  expect(scaleNames).toEqual(fromScan);
});
