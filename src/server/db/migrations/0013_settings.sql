-- Operator settings (SPEC §9): only the rule numbers an admin has changed; every other key has the
-- default in modules/settings/registry.ts. The version is bumped with every change, and each app
-- instance compares it with the one its cache was read at (NOTIFY kaidian_settings tells them at
-- once; the comparison catches what a disconnected listener missed).
CREATE TABLE settings (
  key         text        PRIMARY KEY,
  value       jsonb       NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  uuid        REFERENCES operators (id)
);

CREATE TABLE settings_version (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version    bigint  NOT NULL
);
INSERT INTO settings_version (singleton, version) VALUES (true, 0);
