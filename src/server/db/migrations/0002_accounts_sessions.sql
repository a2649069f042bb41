-- Merchant accounts. A merchant signs up with an e-mail or a phone and may add the other later.
CREATE TABLE merchants (
  id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  account_type       text        NOT NULL CHECK (account_type IN ('personal', 'enterprise')),
  -- As typed (trimmed); uniqueness is on the normalised form (lower case, not dot/plus-stripped).
  email              text,
  email_normalized   text        UNIQUE,
  email_verified_at  timestamptz,
  -- E.164, e.g. +8613800138000.
  phone              text        UNIQUE,
  phone_verified_at  timestamptz,
  password_hash      text        NOT NULL,
  -- Legal name (personal) or company name (enterprise); must match the verified identity.
  real_name          text,
  locale             text        NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'zh-CN')),
  status             text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'closed')),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (email IS NOT NULL OR phone IS NOT NULL),
  CHECK ((email IS NULL) = (email_normalized IS NULL))
);

-- Sessions of merchants and operators: only a hash of the token is stored.
CREATE TABLE sessions (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash          bytea       NOT NULL UNIQUE,
  subject_type        text        NOT NULL CHECK (subject_type IN ('merchant', 'operator')),
  subject_id          uuid        NOT NULL,
  created_at          timestamptz NOT NULL,
  last_seen_at        timestamptz NOT NULL,
  expires_at          timestamptz NOT NULL,
  idle_timeout_seconds integer    NOT NULL,
  -- Last time the person proved who they are (password or code) in this session.
  reauthenticated_at  timestamptz NOT NULL,
  user_agent          text,
  ip                  text,
  revoked_at          timestamptz
);
CREATE INDEX sessions_subject ON sessions (subject_type, subject_id) WHERE revoked_at IS NULL;

-- Fixed-window counters for rate limits, shared by every app instance.
CREATE TABLE rate_limit_counters (
  key          text        NOT NULL,
  window_start timestamptz NOT NULL,
  count        integer     NOT NULL,
  PRIMARY KEY (key, window_start)
);
