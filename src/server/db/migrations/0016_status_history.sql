-- One lifecycle kernel (issue 9): every status move of every entity (verification, store, payment,
-- store purchase, and later products, orders, …) leaves one row here — who moved it, when, from
-- what, to what and why. A row's first status has no `from_status`.
CREATE TABLE status_history (
  id           bigserial   PRIMARY KEY,
  entity_type  text        NOT NULL,
  entity_id    uuid        NOT NULL,
  from_status  text,
  to_status    text        NOT NULL,
  actor_kind   text        NOT NULL CHECK (actor_kind IN ('merchant', 'operator', 'system', 'provider')),
  actor_id     text,
  reason       text,
  at           timestamptz NOT NULL
);

CREATE INDEX status_history_entity_idx ON status_history (entity_type, entity_id, at);
