-- The merchant directory's read model (issue 9): one row per merchant with what the console's list
-- shows and filters on, kept by the directory module from the other modules' domain events (and
-- filled for an existing install by its backfill job, modules/directory/read-model.ts). Nothing
-- else writes these tables.

CREATE TABLE merchant_directory (
  merchant_id          uuid        PRIMARY KEY REFERENCES merchants (id) ON DELETE CASCADE,
  account_type         text        NOT NULL,
  email                text,
  phone                text,
  real_name            text,
  status               text        NOT NULL,
  verification_status  text        NOT NULL,
  verified             boolean     NOT NULL,
  store                jsonb,
  deposit_amount       bigint      NOT NULL,
  deposit_currency     text        NOT NULL,
  created_at           timestamptz NOT NULL,
  refreshed_at         timestamptz NOT NULL
);

-- Newest first, ties by id: unfiltered, and within each filter the list pages in.
CREATE INDEX merchant_directory_newest ON merchant_directory (created_at DESC, merchant_id DESC);
CREATE INDEX merchant_directory_by_status
  ON merchant_directory (status, created_at DESC, merchant_id DESC);
CREATE INDEX merchant_directory_by_verified
  ON merchant_directory (verified, created_at DESC, merchant_id DESC);
CREATE INDEX merchant_directory_by_verification
  ON merchant_directory (verification_status, created_at DESC, merchant_id DESC);
-- "Part of the e-mail, phone or real name" (ILIKE '%…%').
CREATE INDEX merchant_directory_email_trgm ON merchant_directory USING gin (email gin_trgm_ops);
CREATE INDEX merchant_directory_phone_trgm ON merchant_directory USING gin (phone gin_trgm_ops);
CREATE INDEX merchant_directory_real_name_trgm
  ON merchant_directory USING gin (real_name gin_trgm_ops);

-- How many rows of merchant_directory have each combination of the filtered values, kept in the
-- transaction that changes a row: a filtered view's total is a sum over at most a few dozen rows.
CREATE TABLE merchant_directory_counts (
  status               text    NOT NULL,
  verified             boolean NOT NULL,
  verification_status  text    NOT NULL,
  merchants            bigint  NOT NULL CHECK (merchants >= 0),
  PRIMARY KEY (status, verified, verification_status)
);
