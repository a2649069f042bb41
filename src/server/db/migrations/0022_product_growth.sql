-- Growth-plan tasks that products complete (issue 11): publishing the first product, the tenth,
-- and importing a catalogue from CSV. The milestones are recorded from the products' events.

INSERT INTO growth_tasks (key, milestone, action_path, title_en, description_en, title_zh, description_zh) VALUES
('publish_first_product', 'first_product_published', '/products/new',
 'Publish your first product', 'Add photos, a clear title, prices and stock, then publish: buyers can find it at once.',
 '发布第一件商品', '上传商品图，填写清晰的标题、价格和库存后发布，买家马上就能搜到。')
ON CONFLICT (key) DO NOTHING;

-- The CSV task existed without a milestone (a merchant ticked it off); an import completes it now.
UPDATE growth_tasks SET milestone = 'products_imported', updated_at = now()
WHERE key = 'bulk_import_products' AND milestone IS NULL;

-- Who already ticked it off keeps it done.
INSERT INTO merchant_milestones (merchant_id, milestone, reached_at)
SELECT merchant_id, 'products_imported', completed_at
FROM growth_task_completions WHERE task_key = 'bulk_import_products'
ON CONFLICT DO NOTHING;

-- The first product comes just before "publish 10 products" in every plan that has that task.
UPDATE growth_rules
SET task_keys = task_keys[1:array_position(task_keys, 'publish_10_products') - 1]
             || ARRAY['publish_first_product']
             || task_keys[array_position(task_keys, 'publish_10_products'):],
    updated_at = now()
WHERE 'publish_10_products' = ANY (task_keys) AND NOT 'publish_first_product' = ANY (task_keys);
