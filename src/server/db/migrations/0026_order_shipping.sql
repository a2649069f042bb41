-- The merchant's order workflow (issue 12, SPEC §7): when each step happened and how the goods
-- went out. Carrier is a code from orders' carrier list, or `other` with its name in
-- carrier_name.
ALTER TABLE orders
  ADD COLUMN confirmed_at    timestamptz,
  ADD COLUMN shipped_at      timestamptz,
  ADD COLUMN delivered_at    timestamptz,
  ADD COLUMN completed_at    timestamptz,
  ADD COLUMN carrier         text,
  ADD COLUMN carrier_name    text,
  ADD COLUMN tracking_number text;

CREATE INDEX orders_merchant_status_idx ON orders (merchant_id, status, created_at DESC, id DESC);
