import type pg from 'pg';

/** What seeded merchant number i has: i % 5 picks the verification case, none for 4. */
export const SEEDED_CASES = ['approved', 'pending', 'rejected', 'changes_requested'] as const;

/**
 * Many merchants at once, in three statements (generate_series), for tests and benchmarks at
 * scale: merchants numbered from..to-1, newest first by number, each i % 5 with a verification
 * case of SEEDED_CASES[i % 5] (none for 4), the approved ones with a deposit account, and their
 * rows in the directory's read model. Ids are
 * md5-derived from the number, so a second call with another range adds to the first.
 */
export async function seedMerchants(pool: pg.Pool, from: number, to: number): Promise<void> {
  const id = `md5('seed-merchant-' || i)::uuid`;
  const at = `timestamptz '2026-01-01T00:00:00Z' - make_interval(secs => i)`;
  await pool.query(
    `INSERT INTO merchants (id, account_type, email, email_normalized, phone, password_hash,
                            real_name, created_at, updated_at)
     SELECT ${id}, 'personal', 'seller' || i || '@example.com', 'seller' || i || '@example.com',
            '+86139' || lpad(i::text, 8, '0'), 'not-a-hash', 'Seeded Merchant ' || i, ${at}, ${at}
     FROM generate_series($1::int, $2::int - 1) AS i`,
    [from, to],
  );
  await pool.query(
    `INSERT INTO kyc_submissions (merchant_id, case_number, kind, status, subject_name,
                                  document_number, details, submitted_at, decided_at, created_at,
                                  updated_at)
     SELECT ${id}, 1, 'personal', (ARRAY['approved', 'pending', 'rejected', 'changes_requested'])[i % 5 + 1],
            'Seeded Merchant ' || i, 'E' || lpad(i::text, 8, '0'), '{}', ${at},
            CASE WHEN i % 5 = 1 THEN NULL ELSE ${at} END, ${at}, ${at}
     FROM generate_series($1::int, $2::int - 1) AS i
     WHERE i % 5 <> 4`,
    [from, to],
  );
  await pool.query(
    `INSERT INTO ledger_accounts (code, kind, owner_id, currency, must_not_go_negative)
     SELECT 'merchant:' || ${id} || ':deposit', 'merchant_deposit', ${id}, 'CNY', true
     FROM generate_series($1::int, $2::int - 1) AS i
     WHERE i % 5 = 0`,
    [from, to],
  );
  // The directory's read model as its backfill would write these rows (in one statement rather
  // than batch by batch through the modules, which at 100k takes minutes), and its counts.
  await pool.query(
    `INSERT INTO merchant_directory (merchant_id, account_type, email, phone, real_name, status,
                                     verification_status, verified, store, deposit_amount,
                                     deposit_currency, created_at, refreshed_at)
     SELECT ${id}, 'personal', 'seller' || i || '@example.com', '+86139' || lpad(i::text, 8, '0'),
            'Seeded Merchant ' || i, 'active',
            (ARRAY['approved', 'pending', 'rejected', 'changes_requested', 'none'])[i % 5 + 1],
            i % 5 = 0, NULL, 0, 'CNY', ${at}, now()
     FROM generate_series($1::int, $2::int - 1) AS i`,
    [from, to],
  );
  await pool.query(
    `INSERT INTO merchant_directory_counts AS counts (status, verified, verification_status, merchants)
     SELECT 'active', k = 0, (ARRAY['approved', 'pending', 'rejected', 'changes_requested', 'none'])[k + 1],
            count(*)
     FROM generate_series($1::int, $2::int - 1) AS i, LATERAL (SELECT i % 5 AS k) AS kind
     GROUP BY k
     ON CONFLICT (status, verified, verification_status)
     DO UPDATE SET merchants = counts.merchants + excluded.merchants`,
    [from, to],
  );
  // As autovacuum would leave a live database: statistics and the visibility map current.
  await pool.query(
    'VACUUM ANALYZE merchants, kyc_submissions, ledger_accounts, merchant_directory, merchant_directory_counts',
  );
}

/**
 * The reviewers' queue of seeded merchants numbered from..to-1 (seedMerchants first): each
 * submitted case as a review case, found by its name, number and the merchant's contacts, as
 * the review-case kernel (kyc/review-queue.ts) would have queued it.
 */
export async function seedReviewCases(pool: pg.Pool, from: number, to: number): Promise<void> {
  await pool.query(
    `INSERT INTO review_cases (queue, subject_id, submitter_kind, submitter_id, kind, status,
                               search_text, snapshot, submitted_at, decided_at, created_at,
                               updated_at)
     SELECT 'verification', s.id, 'merchant', s.merchant_id, s.kind, s.status,
            concat_ws(' ', s.subject_name, s.document_number, m.email, m.phone),
            jsonb_build_object('kind', s.kind, 'details', s.details, 'documents', '[]'::jsonb),
            s.submitted_at, s.decided_at, s.created_at, s.updated_at
     FROM generate_series($1::int, $2::int - 1) AS i
     JOIN kyc_submissions s ON s.merchant_id = md5('seed-merchant-' || i)::uuid
     JOIN merchants m ON m.id = s.merchant_id`,
    [from, to],
  );
}
