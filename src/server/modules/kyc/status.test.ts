import { describe, expect, it } from 'vitest';
import { canTransition, KYC_STATUSES, transition } from './status.ts';

describe('verification statuses', () => {
  it('follows the table: draft → pending → decided → (resubmitted) pending', () => {
    expect(transition('draft', 'pending')).toBe('pending');
    for (const decided of ['approved', 'rejected', 'changes_requested'] as const) {
      expect(transition('pending', decided)).toBe(decided);
    }
    expect(transition('rejected', 'pending')).toBe('pending');
    expect(transition('changes_requested', 'pending')).toBe('pending');
  });

  it('refuses every other move, naming both ends', () => {
    const allowed = new Set([
      'draft>pending',
      'pending>approved',
      'pending>rejected',
      'pending>changes_requested',
      'rejected>pending',
      'changes_requested>pending',
    ]);
    for (const from of KYC_STATUSES) {
      for (const to of KYC_STATUSES) {
        expect(canTransition(from, to), `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
      }
    }
    expect(() => transition('approved', 'pending')).toThrow(
      expect.objectContaining({
        code: 'kyc.invalid_transition',
        params: { from: 'approved', to: 'pending' },
      }),
    );
  });
});
