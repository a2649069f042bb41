-- Buyers find products (issue 11): a storefront shows a change to its published products at once
-- (SPEC §6). The indexes its reads use are 0019's.
--
-- A storefront page is cached under its store's row version (xmin, migration 0017): a write to a
-- published product — or to a product that was published — stamps its store's row, which gives
-- the store a new version and, through the stores trigger of 0017, NOTIFYs every instance. One
-- stamp per store and transaction (now() is the transaction's time), whatever the number of rows:
-- a CSV import of published products does not rewrite the store's row per product. Drafts and
-- other unpublished products, which buyers never see, stamp nothing.
ALTER TABLE stores ADD COLUMN catalog_changed_at timestamptz;

CREATE FUNCTION stamp_catalog_of_stores(store_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE stores SET catalog_changed_at = now()
   WHERE id = ANY (store_ids) AND catalog_changed_at IS DISTINCT FROM now();
$$;

CREATE FUNCTION stamp_catalog_on_products() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM stamp_catalog_of_stores(ARRAY(
      SELECT DISTINCT store_id FROM new_rows WHERE status = 'published'));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM stamp_catalog_of_stores(ARRAY(
      SELECT store_id FROM new_rows WHERE status = 'published'
      UNION SELECT store_id FROM old_rows WHERE status = 'published'));
  ELSE
    PERFORM stamp_catalog_of_stores(ARRAY(
      SELECT DISTINCT store_id FROM old_rows WHERE status = 'published'));
  END IF;
  RETURN NULL;
END $$;

-- A trigger with transition tables serves one event.
CREATE TRIGGER products_insert_stamp_catalog AFTER INSERT ON products
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_products();
CREATE TRIGGER products_update_stamp_catalog AFTER UPDATE ON products
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_products();
CREATE TRIGGER products_delete_stamp_catalog AFTER DELETE ON products
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_products();

-- A published product's variants (stock, prices), tiers and images are on its page too: a write
-- to them stamps the product's store, whichever code makes it (an order taking stock included).
CREATE FUNCTION stamp_catalog_on_product_parts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM stamp_catalog_of_stores(ARRAY(
      SELECT DISTINCT p.store_id FROM products p
        JOIN old_rows o ON o.product_id = p.id WHERE p.status = 'published'));
  ELSE
    PERFORM stamp_catalog_of_stores(ARRAY(
      SELECT DISTINCT p.store_id FROM products p
        JOIN new_rows n ON n.product_id = p.id WHERE p.status = 'published'));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER product_variants_insert_stamp_catalog AFTER INSERT ON product_variants
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_product_parts();
CREATE TRIGGER product_variants_update_stamp_catalog AFTER UPDATE ON product_variants
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_product_parts();
CREATE TRIGGER product_variants_delete_stamp_catalog AFTER DELETE ON product_variants
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_product_parts();
CREATE TRIGGER product_price_tiers_insert_stamp_catalog AFTER INSERT ON product_price_tiers
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_product_parts();
CREATE TRIGGER product_price_tiers_update_stamp_catalog AFTER UPDATE ON product_price_tiers
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_product_parts();
CREATE TRIGGER product_price_tiers_delete_stamp_catalog AFTER DELETE ON product_price_tiers
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_product_parts();
CREATE TRIGGER product_images_insert_stamp_catalog AFTER INSERT ON product_images
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_product_parts();
CREATE TRIGGER product_images_update_stamp_catalog AFTER UPDATE ON product_images
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_product_parts();
CREATE TRIGGER product_images_delete_stamp_catalog AFTER DELETE ON product_images
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stamp_catalog_on_product_parts();
