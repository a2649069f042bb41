-- Transactional outbox: rows written in the same transaction as the change that causes them.
CREATE TABLE outbox_messages (
  id              bigserial PRIMARY KEY,
  topic           text        NOT NULL,
  -- A message is sendable only once: a second enqueue with the same key is a no-op.
  idempotency_key text        NOT NULL UNIQUE,
  payload         jsonb       NOT NULL,
  status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        integer     NOT NULL DEFAULT 0,
  max_attempts    integer     NOT NULL DEFAULT 8,
  -- Not before this time (a retry's backoff); NULL means as soon as possible.
  run_at          timestamptz,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  processed_at    timestamptz
);
CREATE INDEX outbox_messages_due ON outbox_messages (run_at NULLS FIRST, id) WHERE status = 'pending';

-- The development mailbox: where e-mail and SMS land when no real transport is configured.
CREATE TABLE dev_messages (
  id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  channel     text        NOT NULL CHECK (channel IN ('email', 'sms')),
  to_address  text        NOT NULL,
  subject     text,
  text_body   text        NOT NULL,
  html_body   text,
  outbox_id   bigint      REFERENCES outbox_messages (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dev_messages_to ON dev_messages (lower(to_address), created_at DESC);
