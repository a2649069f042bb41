import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type Database } from '../../src/server/db/client.ts';
import { loadMigrations } from '../../src/server/db/migrate.ts';
import { listVerifications } from '../../src/server/modules/kyc/list-verifications.ts';
import { reviewHistory } from '../../src/server/modules/kyc/review-history.ts';
import { withClient, withDatabase } from '../support/global-setup.ts';

// 0011 moves the verification queue onto the shared review-case tables: an installation keeps its
// cases, their order and every decision with the snapshot it was made on.

const MIGRATION = '0011_review_cases.sql';
const SHA = 'a'.repeat(64);

describe('migration 0011 on an installation with verification cases', () => {
  const { serverUrl } = inject('testDatabase');
  const name = `kaidian_0011_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(serverUrl, name);
  const query = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    withClient(url, (client) => client.query<T>(text, values)).then((result) => result.rows);
  const ids: Record<string, string> = {};
  let database: Database;

  beforeAll(async () => {
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const migrations = await loadMigrations();
    await withClient(url, async (client) => {
      // An installation that is up to date but for 0011 (the later ones shipped before it).
      for (const migration of migrations.filter((m) => m.name !== MIGRATION)) {
        await client.query(migration.sql);
      }
      const one = async (text: string, values: unknown[] = []) =>
        (await client.query<{ id: string }>(text, values)).rows[0]?.id ?? '';
      ids.merchant = await one(`INSERT INTO merchants (account_type, email, email_normalized,
        phone, password_hash) VALUES ('personal', 'Wang.Fang@example.com', 'wang.fang@example.com',
        '+8613800001111', 'x') RETURNING id`);
      ids.other = await one(`INSERT INTO merchants (account_type, email, email_normalized,
        password_hash) VALUES ('enterprise', 'ops@harbour.example', 'ops@harbour.example', 'x')
        RETURNING id`);
      ids.operator = await one(`INSERT INTO operators (email, name, password_hash, totp_secret,
        roles) VALUES ('li.na@kaidian.test', 'Li Na', 'x', 'x', '{reviewer}') RETURNING id`);
      const upload = (merchant: string, key: string) =>
        one(
          `INSERT INTO uploads (owner_merchant_id, purpose, content_type, size, storage_key, sha256)
           VALUES ($1, 'kyc', 'image/png', 10, $2, $3) RETURNING id`,
          [merchant, key, SHA],
        );
      ids.oldFront = await upload(ids.merchant, 'old-front');
      ids.front = await upload(ids.merchant, 'front');
      ids.back = await upload(ids.merchant, 'back');
      ids.licence = await upload(ids.other, 'licence');
      // A personal case sent back once and resubmitted: pending again, its first round kept.
      ids.pending = await one(
        `INSERT INTO kyc_submissions (merchant_id, case_number, kind, status, subject_name,
           document_number, details, submitted_at, created_at, updated_at)
         VALUES ($1, 1, 'personal', 'pending', '王芳', '11010519491231002X',
           '{"legalName":"王芳","idNumber":"11010519491231002X"}',
           '2026-03-02T09:00:00Z', '2026-03-01T09:00:00Z', '2026-03-02T09:00:00Z') RETURNING id`,
        [ids.merchant],
      );
      await client.query(
        `INSERT INTO kyc_documents (submission_id, type, upload_id) VALUES
           ($1, 'id_front', $2), ($1, 'id_back', $3)`,
        [ids.pending, ids.front, ids.back],
      );
      await client.query(
        `INSERT INTO kyc_reviews (submission_id, decision, status_before, status_after, reasons,
           note, operator_id, snapshot, decided_at)
         VALUES ($1, 'request_changes', 'pending', 'changes_requested',
           '[{"code":"document_unreadable","field":"documents.id_front"}]', NULL, $2, $3,
           '2026-03-01T12:00:00Z')`,
        [
          ids.pending,
          ids.operator,
          JSON.stringify({
            kind: 'personal',
            details: { legalName: '王芳' },
            documents: [{ type: 'id_front', uploadId: ids.oldFront }],
          }),
        ],
      );
      // An enterprise approved a day earlier.
      ids.approved = await one(
        `INSERT INTO kyc_submissions (merchant_id, case_number, kind, status, subject_name,
           document_number, details, submitted_at, decided_at, decided_by, created_at, updated_at)
         VALUES ($1, 1, 'enterprise', 'approved', 'Harbour Trading Ltd', '91350100M000100Y43',
           '{"companyName":"Harbour Trading Ltd"}', '2026-02-28T09:00:00Z', '2026-02-28T10:00:00Z',
           $2, '2026-02-28T09:00:00Z', '2026-02-28T10:00:00Z') RETURNING id`,
        [ids.other, ids.operator],
      );
      await client.query(
        `INSERT INTO kyc_documents (submission_id, type, upload_id) VALUES ($1, 'business_license', $2)`,
        [ids.approved, ids.licence],
      );
      await client.query(
        `INSERT INTO kyc_reviews (submission_id, decision, status_before, status_after, operator_id,
           snapshot, decided_at)
         VALUES ($1, 'approve', 'pending', 'approved', $2, '{"kind":"enterprise"}',
           '2026-02-28T10:00:00Z')`,
        [ids.approved, ids.operator],
      );
      const ours = migrations.find((migration) => migration.name === MIGRATION);
      if (!ours) throw new Error(`${MIGRATION} is missing`);
      await client.query(ours.sql);
    });
    database = connectDatabase(url);
  });
  afterAll(async () => {
    await database?.close();
    await withClient(serverUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    );
  });

  it('keeps the queue: each case in its status and order, found by name, number and contact', async () => {
    const listed = (filter: Parameters<typeof listVerifications>[1]) =>
      listVerifications(database.db, filter).then((page) => ({
        ids: page.items.map((item) => item.id),
        total: page.total,
        counts: page.counts,
      }));
    const counts = { pending: 1, approved: 1, rejected: 0, changes_requested: 0 };
    expect(await listed({ status: 'pending', limit: 10, offset: 0 })).toEqual({
      ids: [ids.pending],
      total: 1,
      counts,
    });
    expect(await listed({ limit: 10, offset: 0 })).toEqual({
      ids: [ids.pending, ids.approved],
      total: 2,
      counts,
    });
    for (const q of ['王芳', '1231002x', 'wang.fang@', '13800001111', 'harbour trading']) {
      expect((await listed({ q, limit: 10, offset: 0 })).total, q).toBe(1);
    }
    const [pendingCase] = await query<{ snapshot: unknown; submitted_at: Date }>(
      'SELECT snapshot, submitted_at FROM review_cases WHERE subject_id = $1',
      [ids.pending],
    );
    expect(pendingCase).toEqual({
      submitted_at: new Date('2026-03-02T09:00:00Z'),
      snapshot: {
        kind: 'personal',
        details: { legalName: '王芳', idNumber: '11010519491231002X' },
        documents: [
          { type: 'id_back', uploadId: ids.back },
          { type: 'id_front', uploadId: ids.front },
        ],
      },
    });
  });

  it('keeps every decision with who made it and the snapshot it was made on', async () => {
    const history = await reviewHistory(database.db, ids.pending ?? '', 'personal', 'en');
    expect(history).toMatchObject([
      {
        decision: 'request_changes',
        statusBefore: 'pending',
        statusAfter: 'changes_requested',
        operator: { id: ids.operator, name: 'Li Na' },
        decidedAt: '2026-03-01T12:00:00.000Z',
        snapshot: { documents: [{ type: 'id_front', uploadId: ids.oldFront }] },
      },
    ]);
    expect(await query("SELECT to_regclass('kyc_reviews') AS table")).toEqual([{ table: null }]);
  });
});
