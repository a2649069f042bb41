-- Platform staff (SPEC §9): separate from merchants, with roles and TOTP two-factor login.
CREATE TABLE operators (
  id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stored normalised (trimmed, lower case), so uniqueness is case-insensitive.
  email              text        NOT NULL UNIQUE CHECK (email = lower(btrim(email)) AND email <> ''),
  name               text        NOT NULL CHECK (btrim(name) <> ''),
  password_hash      text        NOT NULL,
  -- The TOTP shared secret, encrypted (AES-256-GCM) with the key in DATA_DIR/secrets.
  totp_secret        text        NOT NULL,
  -- The last 30-second TOTP step accepted: a code for this step or an earlier one is a replay.
  totp_last_step     bigint,
  roles              text[]      NOT NULL DEFAULT '{}'
                                 CHECK (roles <@ ARRAY['admin', 'reviewer', 'finance']::text[]),
  disabled_at        timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  last_login_at      timestamptz
);

-- Every operator action, append-only: who, what, on what, before/after, from where, when.
CREATE TABLE audit_log (
  -- A bigserial id orders entries and is the keyset cursor of the log's pages.
  id                 bigserial   PRIMARY KEY,
  -- NULL: the command line or the system acted, not a signed-in operator.
  actor_operator_id  uuid        REFERENCES operators (id),
  action             text        NOT NULL CHECK (action ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
  target_type        text,
  target_id          text,
  before             jsonb,
  after              jsonb,
  ip                 text,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_actor ON audit_log (actor_operator_id, id DESC);
CREATE INDEX audit_log_action ON audit_log (action, id DESC);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id, id DESC);
CREATE INDEX audit_log_created ON audit_log (created_at DESC);

-- The log is evidence: the database itself refuses to change or remove an entry, whatever the
-- application does.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
