-- One review-case kernel (issue 9): every queue where an operator decides on something a merchant
-- or buyer submitted (verification today; product moderation, disputes, penalty appeals and
-- deposit refunds next) keeps its cases and decisions here, so a new queue needs no table.

-- Runs before 0014 on a new installation, which also creates it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One case per subject and queue: a subject sent back (rejected, changes requested) and submitted
-- again reopens its case, and the decisions on it stay together.
CREATE TABLE review_cases (
  id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The queue's name (`verification`, later `product_moderation`, `dispute`, …).
  queue            text        NOT NULL,
  -- What is reviewed, in the owning module's own table (a verification submission, a product…).
  subject_id       uuid        NOT NULL,
  submitter_kind   text        NOT NULL CHECK (submitter_kind IN ('merchant', 'buyer')),
  submitter_id     uuid        NOT NULL,
  -- The queue's own filter besides the status (a verification's personal or enterprise).
  kind             text,
  status           text        NOT NULL,
  -- What the reviewers' search matches (names, numbers, contacts), searched with a trigram index.
  search_text      text        NOT NULL DEFAULT '',
  -- What was submitted, as the reviewer decides on it.
  snapshot         jsonb       NOT NULL,
  submitted_at     timestamptz NOT NULL,
  decided_at       timestamptz,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  UNIQUE (queue, subject_id)
);
-- One status in either direction (pending is read oldest first), and the counts per status.
CREATE INDEX review_cases_by_status ON review_cases (queue, status, submitted_at, id);
-- Every status, newest first.
CREATE INDEX review_cases_newest ON review_cases (queue, submitted_at DESC, id DESC);
CREATE INDEX review_cases_search_trgm ON review_cases USING gin (search_text gin_trgm_ops);

-- Every decision on a case, with the snapshot it was made on (a resubmission replaces the case's
-- snapshot, so earlier versions are kept here).
CREATE TABLE review_decisions (
  id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id          uuid        NOT NULL REFERENCES review_cases (id),
  -- 1, 2, 3… per case: the order of the rounds, even when two share a timestamp.
  round            integer     NOT NULL CHECK (round > 0),
  decision         text        NOT NULL,
  status_before    text        NOT NULL,
  status_after     text        NOT NULL,
  -- [{ code, field?, note? }]
  reasons          jsonb       NOT NULL DEFAULT '[]',
  note             text,
  operator_id      uuid        NOT NULL REFERENCES operators (id),
  snapshot         jsonb       NOT NULL,
  decided_at       timestamptz NOT NULL,
  UNIQUE (case_id, round)
);

-- Existing installations keep their verification queue and its history.
INSERT INTO review_cases (queue, subject_id, submitter_kind, submitter_id, kind, status,
                          search_text, snapshot, submitted_at, decided_at, created_at, updated_at)
SELECT 'verification', s.id, 'merchant', s.merchant_id, s.kind, s.status,
       concat_ws(' ', s.subject_name, s.document_number, m.email, m.phone),
       jsonb_build_object(
         'kind', s.kind,
         'details', s.details,
         'documents', COALESCE(
           (SELECT jsonb_agg(jsonb_build_object('type', d.type, 'uploadId', d.upload_id) ORDER BY d.type)
              FROM kyc_documents d WHERE d.submission_id = s.id),
           '[]'::jsonb)),
       s.submitted_at, s.decided_at, s.created_at, s.updated_at
  FROM kyc_submissions s
  JOIN merchants m ON m.id = s.merchant_id
 WHERE s.status <> 'draft';

INSERT INTO review_decisions (id, case_id, round, decision, status_before, status_after, reasons, note,
                              operator_id, snapshot, decided_at)
SELECT r.id, c.id, row_number() OVER (PARTITION BY c.id ORDER BY r.decided_at, r.id),
       r.decision, r.status_before, r.status_after, r.reasons, r.note,
       r.operator_id, r.snapshot, r.decided_at
  FROM kyc_reviews r
  JOIN review_cases c ON c.queue = 'verification' AND c.subject_id = r.submission_id;

DROP TABLE kyc_reviews;
