-- Payments for any payer and purpose (issue 9). A payment has a payer — a merchant, or a guest
-- buyer known by e-mail — and a subject (what it pays for) whose amount lines it keeps in
-- payment_lines; `amount` is their sum. Refunds, full or partial, are rows of their own.

-- What a payment pays for is any module's subject, named like `store_purchase`.
ALTER TABLE payments DROP CONSTRAINT payments_subject_type_check;
ALTER TABLE payments ADD CONSTRAINT payments_subject_type_check CHECK (subject_type ~ '^[a-z][a-z_]*$');

-- The payer: the merchant who paid until now, or a guest buyer who checks out without an account.
ALTER TABLE payments RENAME COLUMN merchant_id TO payer_merchant_id;
ALTER TABLE payments ALTER COLUMN payer_merchant_id DROP NOT NULL;
ALTER TABLE payments
  ADD COLUMN payer_kind  text NOT NULL DEFAULT 'merchant' CHECK (payer_kind IN ('merchant', 'guest')),
  ADD COLUMN payer_email text CHECK (payer_email IS NULL OR length(payer_email) BETWEEN 3 AND 320),
  ADD COLUMN payer_name  text CHECK (payer_name IS NULL OR length(payer_name) BETWEEN 1 AND 200);
ALTER TABLE payments ALTER COLUMN payer_kind DROP DEFAULT;
ALTER TABLE payments ADD CONSTRAINT payments_payer_check CHECK (
  (payer_kind = 'merchant' AND payer_merchant_id IS NOT NULL AND payer_email IS NULL)
  OR (payer_kind = 'guest' AND payer_merchant_id IS NULL AND payer_email IS NOT NULL)
);

-- What the amount is made of, in the order the payer reads it (fee, deposit; later goods, shipping).
CREATE TABLE payment_lines (
  payment_id  uuid   NOT NULL REFERENCES payments (id),
  kind        text   NOT NULL CHECK (kind ~ '^[a-z][a-z_]*$'),
  amount      bigint NOT NULL CHECK (amount >= 0),
  currency    text   NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  position    integer NOT NULL CHECK (position >= 0),
  PRIMARY KEY (payment_id, position),
  UNIQUE (payment_id, kind)
);

INSERT INTO payment_lines (payment_id, kind, amount, currency, position)
SELECT id, 'fee', fee_amount, currency, 0 FROM payments
UNION ALL
SELECT id, 'deposit', deposit_amount, currency, 1 FROM payments;

ALTER TABLE payments DROP COLUMN fee_amount, DROP COLUMN deposit_amount;
ALTER TABLE payments ADD CONSTRAINT payments_amount_check CHECK (amount >= 0);

-- Money given back from a succeeded payment. The key makes a retried request one refund; the
-- lines say how much of each payment line it gave back (its ledger transfers follow them).
CREATE TABLE payment_refunds (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  payment_id          uuid        NOT NULL REFERENCES payments (id),
  amount              bigint      NOT NULL CHECK (amount > 0),
  currency            text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  lines               jsonb       NOT NULL,
  reason              text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  status              text        NOT NULL CHECK (status IN ('succeeded', 'failed')),
  idempotency_key     text        NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 1 AND 200),
  -- The provider's reference for the refund; for a bank transfer, the bank's reference.
  provider_reference  text,
  requested_by        uuid        NOT NULL REFERENCES operators (id),
  created_at          timestamptz NOT NULL,
  settled_at          timestamptz
);
CREATE INDEX payment_refunds_payment ON payment_refunds (payment_id, created_at);

-- The payments list pages in one indexed query for each filter: newest first (ties by id), the
-- queue oldest first (ties by id the other way, so one index serves both directions).
DROP INDEX payments_queue;
DROP INDEX payments_merchant;
CREATE INDEX payments_by_status ON payments (status, created_at DESC, id);
CREATE INDEX payments_by_provider ON payments (provider, created_at DESC, id);
CREATE INDEX payments_by_payer_merchant ON payments (payer_merchant_id, created_at DESC, id)
  WHERE payer_merchant_id IS NOT NULL;
