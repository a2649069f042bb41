import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/db.ts';
import { withTx } from '../db/client.ts';
import { defineLifecycle } from './define-lifecycle.ts';

// A table of the test's own: the kernel serves any table with an `id` and a `status`.
const tickets = pgTable('tickets', {
  id: uuid('id').primaryKey().defaultRandom(),
  status: text('status').notNull(),
  note: text('note'),
});
type TicketStatus = 'open' | 'answered' | 'closed';
const ticketLifecycle = defineLifecycle<TicketStatus, typeof tickets>('ticket', {
  table: tickets,
  transitions: { open: ['answered', 'closed'], answered: ['open', 'closed'], closed: [] },
});
const at = new Date('2026-03-01T10:00:00Z');
const operator = { kind: 'operator', id: '5b0c3d1e-0000-4000-8000-000000000001' } as const;

describe('the lifecycle kernel', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.pool.query(
      'CREATE TABLE tickets (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), status text NOT NULL, note text)',
    );
  });
  afterAll(() => database.drop());

  const openTicket = async () => {
    const { rows } = await database.pool.query<{ id: string }>(
      "INSERT INTO tickets (status) VALUES ('open') RETURNING id",
    );
    return rows[0]?.id ?? '';
  };

  it('moves a row along its table and records who, when, from, to and why', async () => {
    const id = await openTicket();
    const answered = await withTx(database.db, (tx) =>
      ticketLifecycle.transition(tx, {
        id,
        from: 'open',
        to: 'answered',
        actor: operator,
        reason: 'replied by e-mail',
        at,
        set: { note: 'see mail' },
      }),
    );
    expect(answered).toMatchObject({ id, status: 'answered', note: 'see mail' });
    await withTx(database.db, (tx) =>
      ticketLifecycle.transition(tx, {
        id,
        from: 'answered',
        to: 'closed',
        actor: { kind: 'system', id: 'tickets.autoclose' },
        at: new Date(at.getTime() + 1000),
      }),
    );
    const history = await ticketLifecycle.history(database.db, id);
    expect(history).toMatchObject([
      {
        entityType: 'ticket',
        fromStatus: 'open',
        toStatus: 'answered',
        actorKind: 'operator',
        actorId: operator.id,
        reason: 'replied by e-mail',
        at,
      },
      {
        fromStatus: 'answered',
        toStatus: 'closed',
        actorKind: 'system',
        actorId: 'tickets.autoclose',
        reason: null,
      },
    ]);
  });

  it('refuses a move the table does not have, with the stable code, and changes nothing', async () => {
    const id = await openTicket();
    await withTx(database.db, (tx) =>
      ticketLifecycle.transition(tx, { id, from: 'open', to: 'closed', actor: operator, at }),
    );
    await expect(
      withTx(database.db, (tx) =>
        ticketLifecycle.transition(tx, { id, from: 'closed', to: 'open', actor: operator, at }),
      ),
    ).rejects.toMatchObject({
      code: 'ticket.invalid_transition',
      details: { from: 'closed', to: 'open' },
    });
    const { rows } = await database.pool.query('SELECT status FROM tickets WHERE id = $1', [id]);
    expect(rows).toEqual([{ status: 'closed' }]);
    expect(await ticketLifecycle.history(database.db, id)).toHaveLength(1);
  });

  it('lets exactly one of two concurrent moves from the same status win; the other is refused', async () => {
    const id = await openTicket();
    const results = await Promise.allSettled(
      (['answered', 'closed'] as const).map((to) =>
        withTx(database.db, (tx) =>
          ticketLifecycle.transition(tx, { id, from: 'open', to, actor: operator, at }),
        ),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'lifecycle.moved_meanwhile' });
    const history = await ticketLifecycle.history(database.db, id);
    expect(history).toHaveLength(1);
    const { rows } = await database.pool.query('SELECT status FROM tickets WHERE id = $1', [id]);
    expect(rows).toEqual([{ status: history[0]?.toStatus }]);
  });
});
