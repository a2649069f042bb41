-- Orders (issue 12, SPEC §7): one per store of a checked-out cart, with its lines as they were
-- priced at checkout (title, options, unit price: later edits of the product change nothing
-- here). The buyer is a guest: name, e-mail, phone and address live on the order, and the order
-- is reached with a private key whose SHA-256 is all that is stored. Stock was reserved in the
-- transaction that inserted the order; an unpaid order past pay_by is cancelled and gives it back.
CREATE SEQUENCE order_number_seq;

CREATE TABLE orders (
  id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Human order number: the day it was placed and a platform-wide sequence (260601-000123).
  number            text        NOT NULL UNIQUE,
  key_hash          bytea       NOT NULL,
  store_id          uuid        NOT NULL,
  merchant_id       uuid        NOT NULL,
  status            text        NOT NULL DEFAULT 'pending_payment'
                                CHECK (status IN ('pending_payment', 'paid', 'confirmed', 'shipped',
                                                  'delivered', 'completed', 'cancelled')),
  buyer_name        text        NOT NULL,
  buyer_email       text        NOT NULL,
  buyer_phone       text        NOT NULL,
  shipping_address  jsonb       NOT NULL,
  -- The language the buyer checked out in: their e-mails are written in it.
  locale            text        NOT NULL CHECK (locale IN ('zh-CN', 'en')),
  goods_amount      bigint      NOT NULL CHECK (goods_amount >= 0),
  shipping_amount   bigint      NOT NULL DEFAULT 0 CHECK (shipping_amount >= 0),
  total_amount      bigint      NOT NULL CHECK (total_amount = goods_amount + shipping_amount),
  currency          text        NOT NULL,
  provider          text        NOT NULL,
  pay_by            timestamptz NOT NULL,
  cancel_reason     text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  paid_at           timestamptz,
  updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX orders_merchant_idx ON orders (merchant_id, created_at DESC, id DESC);
CREATE INDEX orders_unpaid_idx ON orders (pay_by) WHERE status = 'pending_payment';

CREATE TABLE order_lines (
  order_id         uuid    NOT NULL REFERENCES orders (id),
  position         integer NOT NULL,
  product_id       uuid    NOT NULL,
  category_id      uuid,
  sku              text    NOT NULL,
  title            text    NOT NULL,
  options          jsonb   NOT NULL DEFAULT '{}',
  quantity         integer NOT NULL CHECK (quantity > 0),
  unit_amount      bigint  NOT NULL CHECK (unit_amount >= 0),
  line_amount      bigint  NOT NULL CHECK (line_amount = unit_amount * quantity),
  PRIMARY KEY (order_id, position)
);
