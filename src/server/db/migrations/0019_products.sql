-- Products (SPEC §6, issue 11): a merchant's listings in one leaf category, with their variants
-- (one per combination of up to 3 options), price tiers (pricing by quantity) and images.
-- The reads that must stay fast at 100k products per store and across the platform have their
-- index: the seller list by status (newest, price, title), the storefront by price, and search.
CREATE TABLE products (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  store_id            uuid        NOT NULL REFERENCES stores (id),
  merchant_id         uuid        NOT NULL REFERENCES merchants (id),
  category_id         uuid        NOT NULL REFERENCES categories (id),
  -- The CSV handle: rows sharing it form this product; one per store when set.
  handle              text        CHECK (length(handle) BETWEEN 1 AND 128),
  title               text        NOT NULL CHECK (length(title) BETWEEN 1 AND 128),
  -- Already sanitised to the safe subset (description.ts) when stored.
  description_html    text        NOT NULL DEFAULT '',
  weight_grams        integer     NOT NULL DEFAULT 0 CHECK (weight_grams >= 0),
  -- [{ code, value }]: the values as they were entered; a template change does not rewrite them.
  attributes          jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(attributes) = 'array'),
  -- [{ name, values: [] }], at most 3.
  options             jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(options) = 'array'),
  pricing_mode        text        NOT NULL CHECK (pricing_mode IN ('by_quantity', 'by_variant')),
  min_order_quantity  integer     NOT NULL DEFAULT 1 CHECK (min_order_quantity >= 1),
  status              text        NOT NULL DEFAULT 'draft' CHECK (
                                    status IN ('draft', 'pending_review', 'published', 'rejected',
                                               'unpublished', 'archived', 'taken_down')
                                  ),
  -- What the merchant is told: an operator's reason for a rejection or take-down.
  status_reason       text,
  -- Why the automatic checks held it (moderation/flags.ts), [] when they did not.
  review_flags        jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(review_flags) = 'array'),
  -- The lowest unit price in minor units: what cards show and price sorts use.
  list_price_amount   bigint      NOT NULL CHECK (list_price_amount > 0),
  currency            text        NOT NULL DEFAULT 'CNY' CHECK (currency ~ '^[A-Z]{3}$'),
  sales_count         integer     NOT NULL DEFAULT 0 CHECK (sales_count >= 0),
  quality_score       smallint    NOT NULL DEFAULT 0 CHECK (quality_score BETWEEN 0 AND 100),
  -- Tokens of the title, attributes and description (lib/text-search.ts indexText).
  search_vector       tsvector    NOT NULL DEFAULT ''::tsvector,
  published_at        timestamptz,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX products_store_handle ON products (store_id, handle) WHERE handle IS NOT NULL;
-- The seller list and the storefront: by status, newest first or by price, keyset on id.
CREATE INDEX products_store_newest ON products (store_id, status, created_at DESC, id DESC);
CREATE INDEX products_store_price ON products (store_id, status, list_price_amount, id);
CREATE INDEX products_store_title ON products (store_id, status, title, id);
CREATE INDEX products_store_sales ON products (store_id, status, sales_count DESC, id DESC);
-- Across the platform: the published products, newest first, and the category's median price.
CREATE INDEX products_published_newest ON products (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX products_category_price ON products (category_id, list_price_amount) WHERE status = 'published';
CREATE INDEX products_search ON products USING gin (search_vector);
CREATE INDEX products_merchant ON products (merchant_id, status);

CREATE TABLE product_variants (
  id            uuid    PRIMARY KEY DEFAULT gen_random_uuid(),
  product_id    uuid    NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  -- The product's store, kept here so a SKU is unique in the store.
  store_id      uuid    NOT NULL REFERENCES stores (id),
  sku           text    NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
  -- { NAME: VALUE } for each of the product's options; {} without options.
  options       jsonb   NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(options) = 'object'),
  stock         integer NOT NULL CHECK (stock >= 0),
  -- Its own price when priced by variant; null when priced by quantity.
  price_amount  bigint  CHECK (price_amount > 0),
  position      integer NOT NULL,
  UNIQUE (store_id, sku)
);
CREATE INDEX product_variants_product ON product_variants (product_id, position);

CREATE TABLE product_price_tiers (
  product_id    uuid    NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  min_quantity  integer NOT NULL CHECK (min_quantity >= 1),
  price_amount  bigint  NOT NULL CHECK (price_amount > 0),
  PRIMARY KEY (product_id, min_quantity)
);

CREATE TABLE product_images (
  product_id  uuid    NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  upload_id   uuid    NOT NULL REFERENCES uploads (id),
  -- 0 is the main image.
  position    integer NOT NULL CHECK (position BETWEEN 0 AND 8),
  PRIMARY KEY (product_id, position),
  UNIQUE (product_id, upload_id)
);
CREATE INDEX product_images_upload ON product_images (upload_id);
