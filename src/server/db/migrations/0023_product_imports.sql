-- CSV product imports (issue 11): one row per uploaded file, run as a background job. A worker
-- claims a queued import (or one whose lease ran out: its worker died) with SKIP LOCKED and
-- renews the lease with every committed chunk, so an import runs on one instance at a time and
-- resumes after a crash from the rows already committed (processed_rows).
CREATE TABLE product_imports (
  id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  merchant_id    uuid        NOT NULL,
  store_id       uuid        NOT NULL,
  status         text        NOT NULL DEFAULT 'queued'
                             CHECK (status IN ('queued', 'running', 'done', 'failed')),
  file_name      text        NOT NULL,
  storage_key    text        NOT NULL,
  encoding       text        NOT NULL CHECK (encoding IN ('utf-8', 'gb18030')),
  currency       text        NOT NULL,
  -- The uploader's language: the products module's field messages are written in it.
  locale         text        NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  total_rows     integer     NOT NULL,
  processed_rows integer     NOT NULL DEFAULT 0,
  created        integer     NOT NULL DEFAULT 0,
  updated        integer     NOT NULL DEFAULT 0,
  unchanged      integer     NOT NULL DEFAULT 0,
  failed         integer     NOT NULL DEFAULT 0,
  failure_code   text,
  lease_token    uuid,
  lease_until    timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  finished_at    timestamptz
);

CREATE INDEX product_imports_merchant_idx ON product_imports (merchant_id, created_at DESC, id);
CREATE INDEX product_imports_pending_idx ON product_imports (created_at)
  WHERE status IN ('queued', 'running');

-- A row that could not be imported, numbered as in a spreadsheet (header = 1). The message is
-- rendered from code and params in the reader's language.
CREATE TABLE product_import_errors (
  import_id  uuid    NOT NULL REFERENCES product_imports (id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  sku        text,
  code       text    NOT NULL,
  params     jsonb   NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (import_id, row_number, code)
);
