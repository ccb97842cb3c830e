import { FEATURES } from '../../../src/stores/features';
import { myDataText } from '../../../src/i18n/core/my-data';

describe('what the site keeps', () => {
  it('names, per kind of data, in plain words what its delete button removes', () => {
    for (const f of FEATURES) {
      const label = myDataText.deleteLabels[f.codec.key];
      expect(label, f.codec.key).toMatch(/^(Verwijder|Vergeet) /);
      expect(label, f.codec.key).not.toContain(':');
    }
  });
});
