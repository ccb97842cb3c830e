import { STEPS } from '../../../src/lib/repair/plan';
import { stepNames, stepsIntro } from '../../../src/i18n/repair/builder';

describe("the plan builder's intro", () => {
  it('has a line for every step of the wizard, in its order', () => {
    expect(Object.keys(stepsIntro.steps)).toEqual([...STEPS]);
    expect(Object.keys(stepNames)).toEqual([...STEPS]);
  });

  it('counts the steps in words', () => {
    expect(stepsIntro.title(5)).toBe('In vijf stappen');
    expect(stepsIntro.title(4)).toBe('In vier stappen');
  });
});
