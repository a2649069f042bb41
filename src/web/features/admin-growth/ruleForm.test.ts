import { describe, expect, it } from 'vitest';
import { ruleBody, ruleFieldFor, ruleValues } from './ruleForm';
import type { GrowthRule } from './types';

const rule: GrowthRule = {
  id: '00000000-0000-4000-8000-000000000001',
  key: 'newcomer_basics',
  name: 'Newcomer: basics first',
  nameEn: 'Newcomer: basics first',
  nameZh: '新手商家：先打好基础',
  condition: {
    profile: 'present',
    all: [{ field: 'experience', op: 'in', values: ['none', 'lt1y'] }],
    any: [{ field: 'platforms', op: 'not_empty' }],
  },
  taskKeys: ['read_rules', 'verify_identity'],
  priority: 10,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('the rule form', () => {
  it('saves a rule it was opened on as the API takes it, unchanged', () => {
    expect(ruleBody(ruleValues(rule, 0))).toEqual({
      nameEn: rule.nameEn,
      nameZh: rule.nameZh,
      priority: 10,
      active: true,
      condition: rule.condition,
      taskKeys: ['read_rules', 'verify_identity'],
    });
  });

  it('sends no values for a test that takes none, and nothing but "missing" for merchants without a profile', () => {
    const values = ruleValues(rule, 0);
    values.condition.all[0] = { field: 'industry', op: 'empty', values: ['food'] };
    expect(ruleBody(values).condition.all).toEqual([{ field: 'industry', op: 'empty' }]);
    values.condition.who = 'missing';
    expect(ruleBody(values).condition).toEqual({ profile: 'missing' });
  });

  it('a new rule comes after the others and has no tasks yet', () => {
    const values = ruleValues(null, 60);
    expect(values.priority).toBe('60');
    expect(values.taskKeys).toEqual([]);
    expect(ruleBody(values).condition).toEqual({});
  });

  it('puts each problem the server names where it was entered', () => {
    expect(ruleFieldFor('nameZh')).toBe('nameZh');
    expect(ruleFieldFor('condition.any.1.values')).toBe('condition.any.1');
    expect(ruleFieldFor('condition.all.0')).toBe('condition.all.0');
    expect(ruleFieldFor('condition.profile')).toBe('condition.who');
    expect(ruleFieldFor('taskKeys.3')).toBe('taskKeys');
    expect(ruleFieldFor('taskKeys')).toBe('taskKeys');
    expect(ruleFieldFor('somethingElse')).toBeUndefined();
  });
});
