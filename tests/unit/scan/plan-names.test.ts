import { scaleNames } from '../../../src/i18n/repair/builder';
import { readYamlFolder } from '../../support/content';

// A visitor who goes from a scan result to the plan builder sees the same scale names in both.
test('the plan builder names scan scales exactly as the scan does', () => {
  const fromScan: Record<string, string> = {};
  for (const { data } of readYamlFolder('scan')) {
    for (const scale of (data as { scales: Array<{ id: string; name: string }> }).scales)
      fromScan[scale.id] = scale.name;
  }
  expect(scaleNames).toEqual(fromScan);
});
