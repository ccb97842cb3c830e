import { lowSafetyScales, profileOf } from '../../../src/lib/scan/profile';
import { instrument } from '../../support/scan';

// A low score on a safety-related scale points to help; other low scales and higher scores do not.
describe('safety-related scales in the lowest band', () => {
  const ins = instrument('vertrouwen-om-mij-heen');
  const all = (score: number) => Object.fromEntries(ins.scales.map((s) => [s.id, score]));

  it('name psychological safety and felt risk when they score low', () => {
    const scores = { ...all(80), 'omgeving-veiligheid': 20, 'omgeving-risico': 30 };
    expect(lowSafetyScales(ins, profileOf(ins, scores)).sort()).toEqual([
      'omgeving-risico',
      'omgeving-veiligheid',
    ]);
  });

  it('leave other low scales and middling safety scores alone', () => {
    const scores = { ...all(20), 'omgeving-veiligheid': 60, 'omgeving-risico': 50 };
    expect(lowSafetyScales(ins, profileOf(ins, scores))).toEqual([]);
  });

  it('mark exactly the two safety scales in the content', () => {
    expect(
      ins.scales
        .filter((s) => s.safety)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['omgeving-risico', 'omgeving-veiligheid']);
  });
});
