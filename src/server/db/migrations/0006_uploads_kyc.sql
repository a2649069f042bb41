-- Files merchants upload (SPEC §3): sniffed, re-encoded, stored privately under a random key.
CREATE TABLE uploads (
  id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_merchant_id  uuid        NOT NULL REFERENCES merchants (id),
  purpose            text        NOT NULL CHECK (purpose IN ('kyc', 'logo', 'banner', 'product')),
  content_type       text        NOT NULL
                                 CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  -- Size of the stored (re-encoded) bytes.
  size               integer     NOT NULL CHECK (size > 0),
  -- NULL for PDFs.
  width              integer,
  height             integer,
  -- Server-chosen; never derived from the uploaded file name.
  storage_key        text        NOT NULL UNIQUE,
  sha256             text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (content_type <> 'application/pdf' OR purpose = 'kyc')
);
CREATE INDEX uploads_owner ON uploads (owner_merchant_id, created_at DESC);

-- Real-name verification cases. A case is resubmitted in place after a rejection or a request
-- for changes; after an approval a change opens a new case, and the approved one stays the
-- merchant's verified identity until the new one is approved.
CREATE TABLE kyc_submissions (
  id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  merchant_id        uuid        NOT NULL REFERENCES merchants (id),
  -- 1, 2, 3… per merchant: orders the cases, and two racing first submissions cannot both win.
  case_number        integer     NOT NULL CHECK (case_number > 0),
  kind               text        NOT NULL CHECK (kind IN ('personal', 'enterprise')),
  status             text        NOT NULL
                                 CHECK (status IN ('draft', 'pending', 'approved', 'rejected', 'changes_requested')),
  -- Legal name (personal) or company name (enterprise): what the queue lists and searches.
  subject_name       text        NOT NULL,
  -- ID number (personal) or registration number (enterprise), for the reviewers' search.
  document_number    text        NOT NULL,
  -- Every submitted field but the documents, as the merchant sent them (after normalisation).
  details            jsonb       NOT NULL,
  -- Expiry of the identity document; NULL when it does not expire. Drives re-verification reminders.
  expires_on         date,
  -- The expiry date a re-verification reminder was last queued for: one reminder per document.
  expiry_reminded_for date,
  submitted_at       timestamptz NOT NULL,
  decided_at         timestamptz,
  decided_by         uuid        REFERENCES operators (id),
  -- Set on an approved case when a later case of the same merchant is approved.
  superseded_at      timestamptz,
  -- The latest decision's reasons ([{ code, field? }]) and note, shown to the merchant.
  reasons            jsonb       NOT NULL DEFAULT '[]',
  note               text,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  UNIQUE (merchant_id, case_number),
  CHECK (superseded_at IS NULL OR status = 'approved')
);
CREATE INDEX kyc_submissions_queue ON kyc_submissions (status, submitted_at);
-- At most one case under review per merchant, even when two submissions race.
CREATE UNIQUE INDEX kyc_submissions_one_pending ON kyc_submissions (merchant_id)
  WHERE status = 'pending';
-- …and exactly one verified identity at a time: the approved case not yet superseded.
CREATE UNIQUE INDEX kyc_submissions_one_current_approval ON kyc_submissions (merchant_id)
  WHERE status = 'approved' AND superseded_at IS NULL;

CREATE TABLE kyc_documents (
  submission_id      uuid        NOT NULL REFERENCES kyc_submissions (id),
  type               text        NOT NULL CHECK (type IN ('id_front', 'id_back', 'business_license')),
  upload_id          uuid        NOT NULL REFERENCES uploads (id),
  PRIMARY KEY (submission_id, type)
);
CREATE INDEX kyc_documents_upload ON kyc_documents (upload_id);

-- Every decision on a case, with a snapshot of what was decided on (a resubmission replaces the
-- case's fields, so this is where earlier versions are kept).
CREATE TABLE kyc_reviews (
  id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  submission_id      uuid        NOT NULL REFERENCES kyc_submissions (id),
  decision           text        NOT NULL CHECK (decision IN ('approve', 'reject', 'request_changes')),
  status_before      text        NOT NULL,
  status_after       text        NOT NULL,
  reasons            jsonb       NOT NULL DEFAULT '[]',
  note               text,
  operator_id        uuid        NOT NULL REFERENCES operators (id),
  snapshot           jsonb       NOT NULL,
  decided_at         timestamptz NOT NULL
);
CREATE INDEX kyc_reviews_submission ON kyc_reviews (submission_id, decided_at);
