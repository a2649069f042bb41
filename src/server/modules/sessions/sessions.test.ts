import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../tests/support/db.ts';
import { ManualClock } from '../../clock.ts';
import { defaultSettings } from '../settings/index.ts';
import {
  assertRecentlyAuthenticated,
  createSession,
  listLiveSessions,
  resolveSession,
  revokeAllSessions,
  revokeSession,
} from './index.ts';

const HOUR = 3600 * 1000;

describe('sessions', () => {
  let database: TestDatabase;
  const clock = new ManualClock('2026-05-01T00:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  const signIn = (subjectType: 'merchant' | 'operator', subjectId = randomUUID()) =>
    createSession(database.db, { subjectType, subjectId }, clock, defaultSettings);

  it('stores only a hash of a 256-bit token', async () => {
    const { token, session } = await signIn('merchant');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(session.tokenHash.toString('base64url')).not.toBe(token);
    expect((await resolveSession(database.db, 'merchant', token, clock))?.id).toBe(session.id);
    expect(await resolveSession(database.db, 'merchant', `${token}x`, clock)).toBeNull();
    expect(await resolveSession(database.db, 'operator', token, clock)).toBeNull();
  });

  it('ends a merchant session after 24 idle hours, but not while it is used', async () => {
    const { token } = await signIn('merchant');
    clock.advance(23 * HOUR);
    expect(await resolveSession(database.db, 'merchant', token, clock)).not.toBeNull();
    clock.advance(23 * HOUR);
    expect(await resolveSession(database.db, 'merchant', token, clock)).not.toBeNull();
    clock.advance(24 * HOUR + 1000);
    expect(await resolveSession(database.db, 'merchant', token, clock)).toBeNull();
  });

  it('ends a merchant session 7 days after sign-in however active it is', async () => {
    const { token } = await signIn('merchant');
    for (let day = 0; day < 6; day += 1) {
      clock.advance(20 * HOUR);
      expect(await resolveSession(database.db, 'merchant', token, clock)).not.toBeNull();
    }
    clock.advance(48 * HOUR);
    expect(await resolveSession(database.db, 'merchant', token, clock)).toBeNull();
  });

  it('gives operators 30 idle minutes', async () => {
    const { token } = await signIn('operator');
    clock.advance(29 * 60 * 1000);
    expect(await resolveSession(database.db, 'operator', token, clock)).not.toBeNull();
    clock.advance(31 * 60 * 1000);
    expect(await resolveSession(database.db, 'operator', token, clock)).toBeNull();
  });

  it("lets a person end their own sessions but never someone else's", async () => {
    const owner = randomUUID();
    const first = await signIn('merchant', owner);
    const second = await signIn('merchant', owner);
    const stranger = await signIn('merchant');
    await expect(
      revokeSession(
        database.db,
        { subjectType: 'merchant', subjectId: stranger.session.subjectId },
        first.session.id,
        clock,
      ),
    ).rejects.toMatchObject({ code: 'auth.session_not_found' });
    expect(await listLiveSessions(database.db, 'merchant', owner, clock)).toHaveLength(2);

    expect(await revokeAllSessions(database.db, 'merchant', owner, second.session.id, clock)).toBe(
      1,
    );
    expect(await resolveSession(database.db, 'merchant', first.token, clock)).toBeNull();
    expect(await resolveSession(database.db, 'merchant', second.token, clock)).not.toBeNull();
  });

  it('asks for re-authentication ten minutes after the last proof of identity', async () => {
    const { session } = await signIn('merchant');
    expect(() => assertRecentlyAuthenticated(session, clock, defaultSettings)).not.toThrow();
    clock.advance(11 * 60 * 1000);
    expect(() => assertRecentlyAuthenticated(session, clock, defaultSettings)).toThrow(
      expect.objectContaining({ code: 'auth.reauth_required' }),
    );
  });
});
