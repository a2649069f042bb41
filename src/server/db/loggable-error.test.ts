import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db.ts';
import { merchants } from '../modules/accounts/schema.ts';
import { errorSerializers } from './loggable-error.ts';

/** A logger as main.ts makes it, writing its lines into a string. */
function capturingLogger() {
  let output = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += chunk;
      done();
    },
  });
  return { log: pino({ serializers: errorSerializers }, sink), output: () => output };
}

describe('logging a failed query', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('keeps the SQL and PostgreSQL’s error, never the parameters or the row they quote', async () => {
    const email = 'li.na.private@example.com';
    const failure = await database.db
      .insert(merchants)
      .values({
        // Refused by a CHECK constraint: PostgreSQL's detail quotes the whole failing row.
        accountType: 'neither' as 'personal',
        email,
        emailNormalized: email,
        phone: '+8613912345678',
        passwordHash: 'scrypt-digest-of-a-password',
        realName: '李娜',
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toContain(email);

    const { log, output } = capturingLogger();
    log.error({ err: failure }, 'request failed');
    log.warn({ error: (failure as Error).message }, 'job failed');
    const logged = output();

    expect(logged).toContain('insert into \\"merchants\\"');
    expect(logged).toContain('23514');
    for (const secret of [email, '+8613912345678', '李娜', 'scrypt-digest']) {
      expect(logged).not.toContain(secret);
    }
  });
});
