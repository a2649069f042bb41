import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { canTransition, transition } from './lifecycle.ts';
import { renewedServiceEnd } from './policy.ts';
import { STORE_STATUSES } from './schema.ts';

describe('the store lifecycle', () => {
  it('follows the table: active → expiring → grace → suspended → active, closed from anywhere', () => {
    expect(transition('pending_payment', 'active')).toBe('active');
    expect(transition('active', 'expiring')).toBe('expiring');
    expect(transition('expiring', 'grace')).toBe('grace');
    expect(transition('grace', 'suspended')).toBe('suspended');
    expect(transition('suspended', 'active')).toBe('active');
    for (const status of STORE_STATUSES.filter((s) => s !== 'closed')) {
      expect(canTransition(status, 'closed')).toBe(true);
    }
  });

  it('refuses everything else with a clear error', () => {
    expect(() => transition('pending_payment', 'suspended')).toThrow(AppError);
    expect(() => transition('active', 'grace')).toThrowError('store.invalid_transition');
    for (const status of STORE_STATUSES) expect(canTransition('closed', status)).toBe(false);
  });

  it('renews from the later of now and the current end', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    expect(renewedServiceEnd(now, new Date('2026-06-01T00:00:00Z')).toISOString()).toBe(
      '2027-06-01T00:00:00.000Z',
    );
    expect(renewedServiceEnd(now, new Date('2026-04-01T00:00:00Z')).toISOString()).toBe(
      '2027-05-01T00:00:00.000Z',
    );
    expect(renewedServiceEnd(now, null).toISOString()).toBe('2027-05-01T00:00:00.000Z');
  });
});
