-- Stores (SPEC §4, §5): store types and service packages configured by operators, the merchant's
-- store with its lifecycle and design, the purchases that pay for it. Payments: one row per
-- attempt to pay, through a provider (sandbox or offline bank transfer), with the provider events
-- that settled it. Amounts are integer minor units (fen for CNY).

CREATE TABLE store_types (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stable code clients branch on: personal, enterprise, flagship, …
  code                text        NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name_en             text        NOT NULL CHECK (btrim(name_en) <> ''),
  name_zh             text        NOT NULL CHECK (btrim(name_zh) <> ''),
  description_en      text        NOT NULL DEFAULT '',
  description_zh      text        NOT NULL DEFAULT '',
  -- Merchant account types that may open this type of store.
  account_types       text[]      NOT NULL CHECK (
                                    cardinality(account_types) > 0
                                    AND account_types <@ ARRAY['personal', 'enterprise']::text[]
                                  ),
  -- Flagship stores: the merchant must attach a trademark certificate to the purchase.
  requires_trademark  boolean     NOT NULL DEFAULT false,
  active              boolean     NOT NULL DEFAULT true,
  sort_order          integer     NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE store_packages (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  store_type_id       uuid        NOT NULL REFERENCES store_types (id),
  code                text        NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  name_en             text        NOT NULL CHECK (btrim(name_en) <> ''),
  name_zh             text        NOT NULL CHECK (btrim(name_zh) <> ''),
  -- Annual service fee and the default deposit (see store_package_category_deposits).
  fee_amount          bigint      NOT NULL CHECK (fee_amount >= 0),
  deposit_amount      bigint      NOT NULL CHECK (deposit_amount >= 0),
  currency            text        NOT NULL DEFAULT 'CNY' CHECK (currency ~ '^[A-Z]{3}$'),
  product_limit       integer     NOT NULL CHECK (product_limit >= 0),
  promotions          boolean     NOT NULL DEFAULT false,
  custom_templates    boolean     NOT NULL DEFAULT false,
  advertising         boolean     NOT NULL DEFAULT false,
  active              boolean     NOT NULL DEFAULT true,
  sort_order          integer     NOT NULL DEFAULT 0,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  UNIQUE (store_type_id, code)
);

-- The deposit may depend on the merchant's main category (SPEC §4): an override per category,
-- matched against the business profile's industry (trimmed, lower case).
CREATE TABLE store_package_category_deposits (
  package_id          uuid        NOT NULL REFERENCES store_packages (id) ON DELETE CASCADE,
  category            text        NOT NULL CHECK (category <> '' AND category = lower(btrim(category))),
  deposit_amount      bigint      NOT NULL CHECK (deposit_amount >= 0),
  PRIMARY KEY (package_id, category)
);

-- One store per merchant. Status follows the transition table in stores/lifecycle.ts.
CREATE TABLE stores (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  merchant_id         uuid        NOT NULL UNIQUE REFERENCES merchants (id),
  store_type_id       uuid        NOT NULL REFERENCES store_types (id),
  package_id          uuid        NOT NULL REFERENCES store_packages (id),
  status              text        NOT NULL CHECK (
                                    status IN ('pending_payment', 'active', 'expiring', 'grace', 'suspended', 'closed')
                                  ),
  -- Paid with the sandbox provider: no real money moved; shown as TEST MODE everywhere.
  test_mode           boolean     NOT NULL DEFAULT false,
  -- The deposit the store must keep (what was due when it was bought, category override included).
  deposit_required    bigint      NOT NULL DEFAULT 0 CHECK (deposit_required >= 0),
  currency            text        NOT NULL DEFAULT 'CNY' CHECK (currency ~ '^[A-Z]{3}$'),
  service_ends_at     timestamptz,
  -- "Open N years" counts from here.
  first_activated_at  timestamptz,
  slug                text        UNIQUE CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$'),
  -- Set when the merchant used the one slug change SPEC §5 allows.
  slug_changed_at     timestamptz,
  design_draft        jsonb,
  draft_saved_at      timestamptz,
  design_published    jsonb,
  published_at        timestamptz,
  status_changed_at   timestamptz NOT NULL,
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL,
  CHECK (status IN ('pending_payment', 'closed') OR service_ends_at IS NOT NULL)
);
CREATE INDEX stores_lifecycle ON stores (status, service_ends_at)
  WHERE status IN ('active', 'expiring', 'grace');

-- Store names are unique across the platform after NFKC + case folding (SPEC §5). A store holds
-- the key of its draft name and of its published name, so neither can be taken by another store.
CREATE TABLE store_name_claims (
  name_key            text        PRIMARY KEY,
  store_id            uuid        NOT NULL REFERENCES stores (id),
  claimed_at          timestamptz NOT NULL
);
CREATE INDEX store_name_claims_store ON store_name_claims (store_id);

-- What the merchant owes for opening or renewing the store: the fee and deposit due.
CREATE TABLE store_purchases (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id            uuid        NOT NULL REFERENCES stores (id),
  merchant_id         uuid        NOT NULL REFERENCES merchants (id),
  kind                text        NOT NULL CHECK (kind IN ('open', 'renewal')),
  store_type_id       uuid        NOT NULL REFERENCES store_types (id),
  package_id          uuid        NOT NULL REFERENCES store_packages (id),
  fee_amount          bigint      NOT NULL CHECK (fee_amount >= 0),
  deposit_amount      bigint      NOT NULL CHECK (deposit_amount >= 0),
  currency            text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  status              text        NOT NULL CHECK (status IN ('pending_payment', 'paid', 'failed', 'cancelled')),
  test_mode           boolean     NOT NULL,
  trademark_upload_id uuid        REFERENCES uploads (id),
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL,
  paid_at             timestamptz
);
CREATE INDEX store_purchases_store ON store_purchases (store_id, created_at DESC);

-- Renewal reminders sent (30, 7 and 1 days before the end): each once per service period.
CREATE TABLE store_renewal_reminders (
  store_id            uuid        NOT NULL REFERENCES stores (id),
  service_ends_at     timestamptz NOT NULL,
  days_before         integer     NOT NULL CHECK (days_before > 0),
  sent_at             timestamptz NOT NULL,
  PRIMARY KEY (store_id, service_ends_at, days_before)
);

CREATE TABLE payments (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  merchant_id         uuid        NOT NULL REFERENCES merchants (id),
  -- What the payment pays for: a store purchase (opening or renewal).
  subject_type        text        NOT NULL CHECK (subject_type IN ('store_purchase')),
  subject_id          uuid        NOT NULL,
  provider            text        NOT NULL CHECK (provider IN ('sandbox', 'offline')),
  status              text        NOT NULL CHECK (
                                    status IN ('pending', 'awaiting_confirmation', 'succeeded', 'failed', 'cancelled')
                                  ),
  fee_amount          bigint      NOT NULL CHECK (fee_amount >= 0),
  deposit_amount      bigint      NOT NULL CHECK (deposit_amount >= 0),
  amount              bigint      NOT NULL CHECK (amount = fee_amount + deposit_amount),
  currency            text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  -- Offline transfers: the code the merchant writes on the bank transfer (KD-7F3K-92QD).
  reference           text        UNIQUE,
  test_mode           boolean     NOT NULL,
  -- Offline confirmation by a finance operator.
  amount_received     bigint,
  bank_reference      text,
  confirmed_by        uuid        REFERENCES operators (id),
  failure_reason      text,
  created_at          timestamptz NOT NULL,
  updated_at          timestamptz NOT NULL,
  settled_at          timestamptz
);
CREATE INDEX payments_queue ON payments (status, created_at);
CREATE INDEX payments_subject ON payments (subject_type, subject_id);
CREATE INDEX payments_merchant ON payments (merchant_id, created_at DESC);

-- Every event that settled (or tried to settle) a payment: provider callbacks by their event id,
-- sandbox outcomes, offline confirmations. The key makes each event count once.
CREATE TABLE payment_events (
  event_key           text        PRIMARY KEY,
  payment_id          uuid        NOT NULL REFERENCES payments (id),
  type                text        NOT NULL CHECK (type IN ('payment.succeeded', 'payment.failed')),
  payload             jsonb       NOT NULL DEFAULT '{}',
  received_at         timestamptz NOT NULL
);
CREATE INDEX payment_events_payment ON payment_events (payment_id);

-- Payment settings operators change: the platform's bank account for transfers, whether the
-- sandbox is offered, and the callback signing secrets (generated on first use).
CREATE TABLE payment_settings (
  key                 text        PRIMARY KEY,
  value               jsonb       NOT NULL,
  updated_at          timestamptz NOT NULL DEFAULT now()
);

INSERT INTO payment_settings (key, value) VALUES
('bank_account', '{"accountName": "Kaidian Platform Ltd. (change me in the operator console)", "bankName": "Example Bank, Shanghai Branch", "accountNumber": "6222000000000000000", "swift": null}'),
('sandbox_enabled', 'true');

-- SPEC §4 defaults. Amounts in fen: 100000 = ¥1,000.00.
INSERT INTO store_types (code, name_en, name_zh, description_en, description_zh, account_types, requires_trademark, sort_order) VALUES
('personal', 'Personal store', '个人店',
 'For individual sellers with a personal account.', '适合以个人账户经营的卖家。',
 ARRAY['personal'], false, 10),
('enterprise', 'Enterprise store', '企业店',
 'For companies with an enterprise account.', '适合以企业账户经营的公司。',
 ARRAY['enterprise'], false, 20),
('flagship', 'Flagship store', '旗舰店',
 'For brand owners: an enterprise account plus a trademark certificate.', '适合品牌方：企业账户并提供商标注册证。',
 ARRAY['enterprise'], true, 30);

INSERT INTO store_packages
  (store_type_id, code, name_en, name_zh, fee_amount, deposit_amount, product_limit, promotions, custom_templates, advertising, sort_order)
SELECT t.id, p.code, p.name_en, p.name_zh, p.fee, p.deposit, p.product_limit, p.promotions, p.custom_templates, p.advertising, p.sort_order
FROM store_types t
JOIN (VALUES
  ('personal',   'basic',    'Basic',    '基础版',       0,   100000,    50, false, false, false, 10),
  ('personal',   'standard', 'Standard', '标准版',  198000,   200000,   500, true,  false, false, 20),
  ('personal',   'premium',  'Premium',  '高级版',  498000,   500000,  2000, true,  true,  false, 30),
  ('enterprise', 'basic',    'Basic',    '基础版',  680000,  1000000,  1000, true,  false, false, 10),
  ('enterprise', 'standard', 'Standard', '标准版', 1280000,  2000000,  5000, true,  true,  false, 20),
  ('enterprise', 'premium',  'Premium',  '高级版', 2980000,  5000000, 20000, true,  true,  true,  30),
  ('flagship',   'basic',    'Basic',    '基础版', 1980000,  5000000,  5000, true,  true,  false, 10),
  ('flagship',   'standard', 'Standard', '标准版', 3980000, 10000000, 20000, true,  true,  true,  20),
  ('flagship',   'premium',  'Premium',  '高级版', 6800000, 15000000, 100000, true, true,  true,  30)
) AS p (type_code, code, name_en, name_zh, fee, deposit, product_limit, promotions, custom_templates, advertising, sort_order)
  ON p.type_code = t.code;
