import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadMigrations } from '../../src/server/db/migrate.ts';
import { withClient, withDatabase } from '../support/global-setup.ts';

// 0010 turns single-language text into both languages on a database that has data: the rows an
// installation wrote before must come through readable in either language.

const MIGRATION = '0010_bilingual_text.sql';

describe('migration 0010 on an installation with data', () => {
  const { serverUrl } = inject('testDatabase');
  const name = `kaidian_0010_${randomBytes(4).toString('hex')}`;
  const url = withDatabase(serverUrl, name);
  const query = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    withClient(url, (client) => client.query<T>(text, values)).then((result) => result.rows);

  beforeAll(async () => {
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const migrations = await loadMigrations();
    const earlier = migrations.filter((migration) => migration.name < MIGRATION);
    const ours = migrations.find((migration) => migration.name === MIGRATION);
    if (!ours) throw new Error(`${MIGRATION} is missing`);
    await withClient(url, async (client) => {
      for (const migration of earlier) await client.query(migration.sql);
      // What an installation holds before 0010: a rule an operator named in Chinese, one in
      // English, a shipped rule renamed, and a sandbox payment that failed with a sentence.
      await client.query(`INSERT INTO growth_rules (key, name, task_keys) VALUES
        ('live_selling', '服装卖家：直播带货', ARRAY['verify_email']),
        ('export_help', 'Exporters: customs paperwork', ARRAY['verify_email'])`);
      await client.query(
        `UPDATE growth_rules SET name = 'Everybody: the basics' WHERE key = 'account_basics'`,
      );
      const [merchant] = (
        await client.query<{ id: string }>(`INSERT INTO merchants
          (account_type, email, email_normalized, password_hash)
          VALUES ('personal', 'old@example.com', 'old@example.com', 'x') RETURNING id`)
      ).rows;
      await client.query(
        `INSERT INTO payments (merchant_id, subject_type, subject_id, provider, status, fee_amount,
           deposit_amount, amount, currency, test_mode, failure_reason, created_at, updated_at)
         VALUES ($1, 'store_purchase', gen_random_uuid(), 'sandbox', 'failed', 0, 100000, 100000,
           'CNY', true, 'sandbox: declined test payment', now(), now()),
                ($1, 'store_purchase', gen_random_uuid(), 'offline', 'failed', 0, 100000, 100000,
           'CNY', false, 'returned by the bank: account closed', now(), now())`,
        [merchant?.id],
      );
      await client.query(ours.sql);
    });
  });
  afterAll(() =>
    withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  );

  it('names shipped rules in both languages, and keeps other names in the language they are in', async () => {
    const rules = await query<{ key: string; name_en: string; name_zh: string }>(
      'SELECT key, name_en, name_zh FROM growth_rules ORDER BY key',
    );
    const byKey = new Map(rules.map((rule) => [rule.key, rule]));
    expect(byKey.get('newcomer_basics')).toMatchObject({
      name_en: 'Newcomer: basics first',
      name_zh: '新手商家：先打好基础',
    });
    expect(byKey.get('selling_abroad')?.name_zh).toBe('目标市场在中国大陆以外');
    // Every shipped rule got a translation.
    for (const rule of rules.filter(
      (rule) => !['live_selling', 'export_help', 'account_basics'].includes(rule.key),
    )) {
      expect(rule.name_zh, rule.key).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.name_en, rule.key).not.toBe('');
    }
    expect(byKey.get('live_selling')).toMatchObject({ name_en: '', name_zh: '服装卖家：直播带货' });
    expect(byKey.get('export_help')).toMatchObject({
      name_en: 'Exporters: customs paperwork',
      name_zh: '',
    });
    // Renamed by an operator: their words are kept, not replaced by the shipped translation.
    expect(byKey.get('account_basics')).toMatchObject({
      name_en: 'Everybody: the basics',
      name_zh: '',
    });
  });

  it('gives payments that failed with Kaidian’s own sentence a code, and keeps other words', async () => {
    const failed = await query<{
      provider: string;
      failure_code: string | null;
      failure_reason: string;
    }>('SELECT provider, failure_code, failure_reason FROM payments ORDER BY provider');
    expect(failed).toEqual([
      {
        provider: 'offline',
        failure_code: null,
        failure_reason: 'returned by the bank: account closed',
      },
      {
        provider: 'sandbox',
        failure_code: 'sandbox_declined',
        failure_reason: 'sandbox: declined test payment',
      },
    ]);
  });
});
