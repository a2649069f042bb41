-- Double-entry ledger (SPEC §8): merchant deposits and the platform's own money.
--
-- Sign convention, the same for every account: balance = credits − debits. A transfer adds its
-- amount to the credited account and takes it from the debited one, so the balances of all
-- accounts always sum to zero. Money the platform holds for others (deposits) and income show
-- positive; the platform's own cash, its asset, shows negative (−500 = 500 of cash held).

CREATE TABLE ledger_accounts (
  id                   uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stable name callers look accounts up by: platform:cash, merchant:<merchantId>:deposit, …
  code                 text        NOT NULL UNIQUE,
  kind                 text        NOT NULL CHECK (kind ~ '^[a-z][a-z_]*$'),
  -- The merchant a merchant account belongs to; NULL for the platform's accounts.
  owner_id             uuid,
  currency             text        NOT NULL DEFAULT 'CNY' CHECK (currency ~ '^[A-Z]{3}$'),
  -- Cached sum of the account's transfers; verifyBalances() recomputes it from them.
  balance              bigint      NOT NULL DEFAULT 0,
  must_not_go_negative boolean     NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  -- The backstop for SPEC §8's "a deposit can never go below zero", whatever the code does.
  CONSTRAINT ledger_accounts_balance_not_negative CHECK (NOT must_not_go_negative OR balance >= 0),
  CONSTRAINT ledger_accounts_merchant_deposit_shape CHECK (
    kind <> 'merchant_deposit' OR (owner_id IS NOT NULL AND must_not_go_negative)
  ),
  -- Target of the transfers' (account, currency) foreign keys, so a transfer cannot mix currencies.
  CONSTRAINT ledger_accounts_id_currency UNIQUE (id, currency)
);
CREATE INDEX ledger_accounts_owner ON ledger_accounts (owner_id) WHERE owner_id IS NOT NULL;

-- A bigserial id: a transfer takes row locks on both its accounts before it is inserted, so the
-- transfers of one account are numbered in the order they committed; statements rely on it.
CREATE TABLE ledger_transfers (
  id                   bigserial   PRIMARY KEY,
  -- Each movement happens once: posting the same key again returns the first transfer.
  idempotency_key      text        NOT NULL UNIQUE,
  debit_account_id     uuid        NOT NULL,
  credit_account_id    uuid        NOT NULL,
  amount               bigint      NOT NULL CHECK (amount > 0),
  currency             text        NOT NULL,
  kind                 text        NOT NULL CHECK (kind ~ '^[a-z][a-z_]*$'),
  -- Unique: a transfer is reversed at most once.
  reverses_transfer_id bigint      UNIQUE REFERENCES ledger_transfers (id),
  memo                 text,
  -- Outside identifier the movement belongs to: payment id, payout reference, penalty id, …
  reference            text,
  metadata             jsonb       NOT NULL DEFAULT '{}',
  created_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT ledger_transfers_distinct_accounts CHECK (debit_account_id <> credit_account_id),
  CONSTRAINT ledger_transfers_debit_account FOREIGN KEY (debit_account_id, currency)
    REFERENCES ledger_accounts (id, currency),
  CONSTRAINT ledger_transfers_credit_account FOREIGN KEY (credit_account_id, currency)
    REFERENCES ledger_accounts (id, currency)
);
CREATE INDEX ledger_transfers_debit ON ledger_transfers (debit_account_id, id);
CREATE INDEX ledger_transfers_credit ON ledger_transfers (credit_account_id, id);
CREATE INDEX ledger_transfers_reference ON ledger_transfers (reference) WHERE reference IS NOT NULL;

-- Transfers are history: a correction is a new reversing transfer, never an edit (SPEC §8).
CREATE FUNCTION ledger_refuse_transfer_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger transfers are immutable (% refused); post a reversing transfer instead', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER ledger_transfers_immutable
  BEFORE UPDATE OR DELETE ON ledger_transfers
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_transfer_change();
CREATE TRIGGER ledger_transfers_no_truncate
  BEFORE TRUNCATE ON ledger_transfers
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_transfer_change();

-- An account keeps what it is for ever; only its cached balance moves, and only postTransfer()
-- moves it. Deleting an account would orphan the history it stands for.
CREATE FUNCTION ledger_refuse_account_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
    RAISE EXCEPTION 'ledger accounts cannot be deleted (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
  END IF;
  IF (NEW.id, NEW.code, NEW.kind, NEW.owner_id, NEW.currency, NEW.must_not_go_negative, NEW.created_at)
     IS DISTINCT FROM
     (OLD.id, OLD.code, OLD.kind, OLD.owner_id, OLD.currency, OLD.must_not_go_negative, OLD.created_at)
  THEN
    RAISE EXCEPTION 'only the balance of a ledger account can change' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER ledger_accounts_identity
  BEFORE UPDATE OR DELETE ON ledger_accounts
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_account_change();
CREATE TRIGGER ledger_accounts_no_truncate
  BEFORE TRUNCATE ON ledger_accounts
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_account_change();
