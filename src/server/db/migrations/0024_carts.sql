-- Guest carts (issue 12, SPEC §7): a cart is known by its random id alone (a cookie on the
-- storefront, the id through the API), so no sign-in is needed. A line remembers the unit price
-- the buyer last saw, so a price that changed since is flagged instead of silently charged.
CREATE TABLE carts (
  id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cart_items (
  cart_id          uuid        NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
  product_id       uuid        NOT NULL,
  sku              text        NOT NULL,
  quantity         integer     NOT NULL CHECK (quantity > 0),
  seen_unit_amount bigint,
  added_at         timestamptz NOT NULL DEFAULT now(),
  -- The order lines were added in (clocks can tie).
  seq              bigserial   NOT NULL,
  PRIMARY KEY (cart_id, product_id, sku)
);

-- Carts left alone are pruned by the carts.prune job.
CREATE INDEX carts_updated_idx ON carts (updated_at);
