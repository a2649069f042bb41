import { describe, expect, it } from 'vitest';
import type { BusinessProfile } from './business-profile.ts';
import { conditionMatches, type RuleClause } from './conditions.ts';

const profile: BusinessProfile = {
  industry: 'Toys',
  businessModel: 'wholesaler',
  experience: '1to3y',
  platforms: [],
  targetMarkets: ['CN', 'US'],
  teamSize: '2-5',
  updatedAt: new Date(0),
};

describe('growth rule conditions', () => {
  it('always matches an empty condition, and can ask for a profile or its absence', () => {
    expect(conditionMatches({}, null)).toBe(true);
    expect(conditionMatches({}, profile)).toBe(true);
    expect(conditionMatches({ profile: 'missing' }, null)).toBe(true);
    expect(conditionMatches({ profile: 'missing' }, profile)).toBe(false);
    expect(conditionMatches({ profile: 'present' }, null)).toBe(false);
  });

  it('tests single and list answers', () => {
    const holds = (field: string, op: string, values?: string[]) =>
      conditionMatches({ all: [{ field, op, values } as never] }, profile);
    expect(holds('businessModel', 'in', ['manufacturer', 'wholesaler'])).toBe(true);
    expect(holds('businessModel', 'not_in', ['wholesaler'])).toBe(false);
    expect(holds('targetMarkets', 'in', ['US'])).toBe(true);
    expect(holds('targetMarkets', 'has_other_than', ['CN'])).toBe(true);
    expect(holds('targetMarkets', 'has_other_than', ['CN', 'US'])).toBe(false);
    expect(holds('platforms', 'empty')).toBe(true);
    expect(holds('platforms', 'not_empty')).toBe(false);
  });

  it('needs every `all` clause and one `any` clause, and a profile for either', () => {
    const wholesaler: RuleClause = { field: 'businessModel', op: 'in', values: ['wholesaler'] };
    const newcomer: RuleClause = { field: 'experience', op: 'in', values: ['none'] };
    expect(conditionMatches({ all: [wholesaler, newcomer] }, profile)).toBe(false);
    expect(conditionMatches({ any: [wholesaler, newcomer] }, profile)).toBe(true);
    expect(conditionMatches({ any: [newcomer] }, profile)).toBe(false);
    expect(conditionMatches({ any: [wholesaler] }, null)).toBe(false);
  });
});
