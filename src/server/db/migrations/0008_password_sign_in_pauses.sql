-- Password sign-in pauses (SPEC §1): 100 wrong passwords in an hour pause password sign-in for an
-- hour. Counted per account when the address has one (both its e-mail and phone count together),
-- otherwise per address as typed, so an unknown address is paused exactly like a known one. Codes
-- (SMS sign-in, password reset) are a separate channel and keep working; a reset ends the pause.
CREATE TABLE password_failures (
  id         bigserial   PRIMARY KEY,
  scope      text        NOT NULL,
  failed_at  timestamptz NOT NULL
);
CREATE INDEX password_failures_scope ON password_failures (scope, failed_at);

CREATE TABLE password_sign_in_pauses (
  scope         text        PRIMARY KEY,
  paused_until  timestamptz NOT NULL
);
