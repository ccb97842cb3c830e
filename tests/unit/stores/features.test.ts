import { FEATURES } from '../../../src/stores/features';
import { featureTexts } from '../../../src/i18n/core/my-data';
import { must } from '../../support/must';

describe('what the site keeps', () => {
  it('has, for each kind of data and nothing else, a name and why it is kept', () => {
    expect(Object.keys(featureTexts).sort()).toEqual(FEATURES.map((f) => f.codec.key).sort());
    for (const f of FEATURES) {
      const text = must(featureTexts[f.codec.key], f.codec.key);
      expect(text.label, f.codec.key).not.toBe('');
      expect(text.why, f.codec.key).toMatch(/\.$/);
    }
  });

  it('names, per kind of data, in plain words what its delete button removes', () => {
    for (const f of FEATURES) {
      const label = featureTexts[f.codec.key]?.remove;
      expect(label, f.codec.key).toMatch(/^(Verwijder|Vergeet) /);
      expect(label, f.codec.key).not.toContain(':');
    }
  });
});
