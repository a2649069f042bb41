-- The category tree (SPEC §6, issue 11): kept by operators, up to 4 levels, codes and names in both
-- languages. A product sits in one leaf. The commission rate (basis points, 500 = 5%) is what the
-- platform keeps of an order's goods in that category; a forbidden category takes no listing
-- without an operator's review.
CREATE TABLE categories (
  id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  parent_id           uuid        REFERENCES categories (id),
  code                text        NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
  name_en             text        NOT NULL CHECK (length(name_en) BETWEEN 1 AND 64),
  name_zh             text        NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 64),
  level               integer     NOT NULL CHECK (level BETWEEN 1 AND 4),
  position            integer     NOT NULL DEFAULT 0,
  commission_rate_bp  integer     NOT NULL DEFAULT 500 CHECK (commission_rate_bp BETWEEN 0 AND 10000),
  forbidden           boolean     NOT NULL DEFAULT false,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK ((parent_id IS NULL) = (level = 1))
);
CREATE INDEX categories_parent ON categories (parent_id, position);

-- Attribute templates: what the product form asks for in a category. A category's products are
-- asked its own attributes and every ancestor's; a code is used once along a path. Products keep
-- the values they have when a template changes (they store code → value, not a reference here).
CREATE TABLE category_attributes (
  id           uuid    PRIMARY KEY DEFAULT gen_random_uuid(),
  category_id  uuid    NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
  code         text    NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
  name_en      text    NOT NULL CHECK (length(name_en) BETWEEN 1 AND 64),
  name_zh      text    NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 64),
  required     boolean NOT NULL DEFAULT false,
  kind         text    NOT NULL CHECK (kind IN ('text', 'list')),
  -- The choices of a `list` attribute as plain strings, in order; [] for `text`.
  "values"     jsonb   NOT NULL DEFAULT '[]' CHECK (jsonb_typeof("values") = 'array'),
  position     integer NOT NULL DEFAULT 0,
  UNIQUE (category_id, code),
  CHECK (kind = 'list' OR "values" = '[]'::jsonb)
);

-- Every instance keeps the tree in memory and serves it by ETag: any write to either table bumps
-- the version (whatever code made it) and announces it on kaidian_categories at commit, so a cache
-- compares one number instead of reading the tree.
CREATE TABLE category_tree_version (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version    bigint  NOT NULL
);
INSERT INTO category_tree_version (singleton, version) VALUES (true, 0);

CREATE FUNCTION bump_category_tree_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bumped bigint;
BEGIN
  UPDATE category_tree_version SET version = version + 1 RETURNING version INTO bumped;
  PERFORM pg_notify('kaidian_categories', bumped::text);
  RETURN NULL;
END $$;

CREATE TRIGGER categories_bump_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON categories
  FOR EACH STATEMENT EXECUTE FUNCTION bump_category_tree_version();

CREATE TRIGGER category_attributes_bump_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON category_attributes
  FOR EACH STATEMENT EXECUTE FUNCTION bump_category_tree_version();

-- The default tree. Operators edit it in the console; the codes stay as they are.
INSERT INTO categories (code, name_en, name_zh, level, position, forbidden) VALUES
  ('apparel',      'Apparel',                   '服装',     1, 1,  false),
  ('shoes-bags',   'Shoes & bags',              '鞋靴箱包', 1, 2,  false),
  ('home-kitchen', 'Home & kitchen',            '家居厨具', 1, 3,  false),
  ('electronics',  'Electronics',               '数码电器', 1, 4,  false),
  ('beauty',       'Beauty & personal care',    '美妆个护', 1, 5,  false),
  ('food-tea',     'Food & tea',                '食品茶叶', 1, 6,  false),
  ('industrial',   'Industrial supplies',       '工业用品', 1, 7,  false),
  ('toys',         'Toys',                      '玩具',     1, 8,  false),
  ('sports',       'Sports & outdoors',         '运动户外', 1, 9,  false),
  ('restricted',   'Restricted goods',          '限制类商品', 1, 10, true);

INSERT INTO categories (parent_id, code, name_en, name_zh, level, position, forbidden)
SELECT parent.id, v.code, v.name_en, v.name_zh, parent.level + 1, v.position, v.forbidden
FROM (VALUES
  ('apparel',      'womens-apparel',    'Women''s clothing',        '女装',         1, false),
  ('apparel',      'mens-apparel',      'Men''s clothing',          '男装',         2, false),
  ('apparel',      'childrens-apparel', 'Children''s clothing',     '童装',         3, false),
  ('apparel',      'underwear',         'Underwear & sleepwear',    '内衣家居服',   4, false),
  ('shoes-bags',   'shoes',             'Shoes',                    '鞋靴',         1, false),
  ('shoes-bags',   'bags',              'Bags & luggage',           '箱包',         2, false),
  ('home-kitchen', 'kitchenware',       'Kitchenware',              '厨房用具',     1, false),
  ('home-kitchen', 'home-textiles',     'Home textiles',            '家纺',         2, false),
  ('home-kitchen', 'furniture',         'Furniture',                '家具',         3, false),
  ('home-kitchen', 'storage',           'Storage & organisation',   '收纳整理',     4, false),
  ('electronics',  'phones',            'Mobile phones',            '手机',         1, false),
  ('electronics',  'computers',         'Computers',                '电脑',         2, false),
  ('electronics',  'digital-accessories', 'Accessories',            '数码配件',     3, false),
  ('electronics',  'home-appliances',   'Home appliances',          '家用电器',     4, false),
  ('beauty',       'skincare',          'Skincare',                 '护肤',         1, false),
  ('beauty',       'makeup',            'Make-up',                  '彩妆',         2, false),
  ('beauty',       'personal-care',     'Personal care',            '个人护理',     3, false),
  ('food-tea',     'tea',               'Tea',                      '茶叶',         1, false),
  ('food-tea',     'snacks',            'Snacks',                   '休闲零食',     2, false),
  ('food-tea',     'local-specialties', 'Local specialities',       '地方特产',     3, false),
  ('industrial',   'hardware-tools',    'Hardware & tools',         '五金工具',     1, false),
  ('industrial',   'packaging',         'Packaging materials',      '包装材料',     2, false),
  ('industrial',   'safety-equipment',  'Safety & protective gear', '安全防护用品', 3, false),
  ('industrial',   'machinery',         'Machinery',                '机械设备',     4, false),
  ('toys',         'educational-toys',  'Educational toys',         '益智玩具',     1, false),
  ('toys',         'plush-toys',        'Plush toys',               '毛绒玩具',     2, false),
  ('toys',         'models',            'Models & figures',         '模型手办',     3, false),
  ('sports',       'fitness',           'Fitness equipment',        '健身器材',     1, false),
  ('sports',       'outdoor',           'Outdoor gear',             '户外装备',     2, false),
  ('sports',       'sportswear',        'Sportswear',               '运动服饰',     3, false),
  ('restricted',   'controlled-knives', 'Controlled knives',        '管制刀具',     1, true),
  ('restricted',   'tobacco',           'Tobacco products',         '烟草制品',     2, true)
) AS v (parent_code, code, name_en, name_zh, position, forbidden)
JOIN categories parent ON parent.code = v.parent_code;

INSERT INTO categories (parent_id, code, name_en, name_zh, level, position)
SELECT parent.id, v.code, v.name_en, v.name_zh, parent.level + 1, v.position
FROM (VALUES
  ('womens-apparel',      'dresses',         'Dresses',               '连衣裙',       1),
  ('womens-apparel',      'womens-tops',     'Tops & blouses',        '女士上衣',     2),
  ('womens-apparel',      'womens-trousers', 'Trousers & skirts',     '裤装半身裙',   3),
  ('mens-apparel',        'mens-shirts',     'Shirts & T-shirts',     '衬衫T恤',      1),
  ('mens-apparel',        'mens-outerwear',  'Jackets & coats',       '夹克外套',     2),
  ('mens-apparel',        'mens-trousers',   'Trousers',              '男裤',         3),
  ('shoes',               'womens-shoes',    'Women''s shoes',        '女鞋',         1),
  ('shoes',               'mens-shoes',      'Men''s shoes',          '男鞋',         2),
  ('shoes',               'sports-shoes',    'Sports shoes',          '运动鞋',       3),
  ('bags',                'handbags',        'Handbags',              '女包',         1),
  ('bags',                'backpacks',       'Backpacks',             '双肩包',       2),
  ('bags',                'luggage',         'Suitcases',             '行李箱',       3),
  ('kitchenware',         'cookware',        'Pots & pans',           '锅具',         1),
  ('kitchenware',         'tableware',       'Tableware',             '餐具',         2),
  ('computers',           'laptops',         'Laptops',               '笔记本电脑',   1),
  ('computers',           'desktops',        'Desktop computers',     '台式电脑',     2),
  ('computers',           'computer-parts',  'Parts & peripherals',   '电脑配件',     3),
  ('digital-accessories', 'phone-cases',     'Phone cases',           '手机壳',       1),
  ('digital-accessories', 'chargers-cables', 'Chargers & cables',     '充电器数据线', 2),
  ('digital-accessories', 'headphones',      'Headphones',            '耳机',         3),
  ('tea',                 'green-tea',       'Green tea',             '绿茶',         1),
  ('tea',                 'black-tea',       'Black tea',             '红茶',         2),
  ('tea',                 'oolong-tea',      'Oolong tea',            '乌龙茶',       3),
  ('tea',                 'puer-tea',        'Pu''er tea',            '普洱茶',       4)
) AS v (parent_code, code, name_en, name_zh, position)
JOIN categories parent ON parent.code = v.parent_code;

-- 'ORIGIN' stands for the list of provinces and countries every origin attribute offers.
INSERT INTO category_attributes (category_id, code, name_en, name_zh, required, kind, "values", position)
SELECT category.id, v.code, v.name_en, v.name_zh, v.required, v.kind,
       CASE WHEN v.choices = 'ORIGIN' THEN '["广东 Guangdong", "浙江 Zhejiang", "江苏 Jiangsu", "福建 Fujian", "山东 Shandong", "上海 Shanghai", "北京 Beijing", "天津 Tianjin", "重庆 Chongqing", "河北 Hebei", "河南 Henan", "湖北 Hubei", "湖南 Hunan", "安徽 Anhui", "江西 Jiangxi", "四川 Sichuan", "云南 Yunnan", "贵州 Guizhou", "广西 Guangxi", "海南 Hainan", "辽宁 Liaoning", "吉林 Jilin", "黑龙江 Heilongjiang", "陕西 Shaanxi", "山西 Shanxi", "甘肃 Gansu", "青海 Qinghai", "宁夏 Ningxia", "新疆 Xinjiang", "西藏 Tibet", "内蒙古 Inner Mongolia", "香港 Hong Kong", "澳门 Macao", "台湾 Taiwan", "日本 Japan", "韩国 South Korea", "越南 Vietnam", "泰国 Thailand", "美国 United States", "德国 Germany", "法国 France", "意大利 Italy", "其他 Other"]'::jsonb
            ELSE v.choices::jsonb END,
       v.position
FROM (VALUES
  ('apparel',        'brand',       'Brand',             '品牌',     false, 'text', '[]', 1),
  ('apparel',        'material',    'Material',          '材质',     true,  'list', '["棉 Cotton", "涤纶 Polyester", "真丝 Silk", "羊毛 Wool", "亚麻 Linen", "牛仔布 Denim", "混纺 Blend", "其他 Other"]', 2),
  ('apparel',        'size',        'Size',              '尺码',     true,  'list', '["XS", "S", "M", "L", "XL", "XXL", "XXXL", "均码 One size"]', 3),
  ('apparel',        'origin',      'Place of origin',   '产地',     false, 'list', 'ORIGIN', 4),
  ('childrens-apparel', 'age-range', 'Age range',        '适用年龄', true,  'list', '["0–1 岁 0–1 years", "1–3 岁 1–3 years", "3–6 岁 3–6 years", "6–12 岁 6–12 years", "12 岁以上 12+ years"]', 1),
  ('dresses',        'sleeve',      'Sleeve length',     '袖长',     false, 'list', '["无袖 Sleeveless", "短袖 Short sleeve", "中袖 Half sleeve", "长袖 Long sleeve"]', 1),
  ('shoes-bags',     'brand',       'Brand',             '品牌',     false, 'text', '[]', 1),
  ('shoes-bags',     'origin',      'Place of origin',   '产地',     false, 'list', 'ORIGIN', 2),
  ('shoes',          'shoe-size',   'Shoe size (EU)',    '鞋码',     true,  'list', '["34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46"]', 1),
  ('shoes',          'upper-material', 'Upper material', '鞋面材质', false, 'list', '["真皮 Leather", "人造革 Synthetic leather", "网布 Mesh", "帆布 Canvas", "其他 Other"]', 2),
  ('bags',           'material',    'Material',          '材质',     true,  'list', '["真皮 Leather", "PU 皮 PU leather", "尼龙 Nylon", "帆布 Canvas", "PC/ABS", "其他 Other"]', 1),
  ('luggage',        'luggage-size', 'Size',             '尺寸',     true,  'list', '["20 英寸 20 inch", "24 英寸 24 inch", "28 英寸 28 inch"]', 1),
  ('home-kitchen',   'brand',       'Brand',             '品牌',     false, 'text', '[]', 1),
  ('home-kitchen',   'material',    'Material',          '材质',     false, 'text', '[]', 2),
  ('home-kitchen',   'origin',      'Place of origin',   '产地',     false, 'list', 'ORIGIN', 3),
  ('cookware',       'capacity',    'Capacity',          '容量',     false, 'text', '[]', 1),
  ('home-textiles',  'bed-size',    'Bed size',          '床品尺寸', false, 'list', '["1.2 米 1.2 m", "1.5 米 1.5 m", "1.8 米 1.8 m", "2.0 米 2.0 m"]', 1),
  ('electronics',    'brand',       'Brand',             '品牌',     true,  'text', '[]', 1),
  ('electronics',    'model',       'Model',             '型号',     true,  'text', '[]', 2),
  ('electronics',    'origin',      'Place of origin',   '产地',     false, 'list', 'ORIGIN', 3),
  ('phones',         'storage',     'Storage',           '存储容量', true,  'list', '["64GB", "128GB", "256GB", "512GB", "1TB"]', 1),
  ('phones',         'network',     'Network',           '网络制式', false, 'list', '["5G", "4G"]', 2),
  ('laptops',        'processor',   'Processor',         '处理器',   false, 'text', '[]', 1),
  ('laptops',        'screen-size', 'Screen size',       '屏幕尺寸', false, 'list', '["13 英寸 13 inch", "14 英寸 14 inch", "15.6 英寸 15.6 inch", "16 英寸 16 inch", "17 英寸 17 inch"]', 2),
  ('chargers-cables', 'connector',  'Connector',         '接口类型', true,  'list', '["USB-C", "Lightning", "Micro USB", "USB-A"]', 1),
  ('beauty',         'brand',       'Brand',             '品牌',     true,  'text', '[]', 1),
  ('beauty',         'capacity',    'Capacity',          '容量',     false, 'text', '[]', 2),
  ('beauty',         'shelf-life',  'Shelf life',        '保质期',   true,  'text', '[]', 3),
  ('beauty',         'origin',      'Place of origin',   '产地',     false, 'list', 'ORIGIN', 4),
  ('skincare',       'skin-type',   'Skin type',         '适用肤质', false, 'list', '["通用 All skin types", "干性 Dry", "油性 Oily", "混合性 Combination", "敏感性 Sensitive"]', 1),
  ('food-tea',       'origin',      'Place of origin',   '产地',     true,  'list', 'ORIGIN', 1),
  ('food-tea',       'net-weight',  'Net weight',        '净含量',   true,  'text', '[]', 2),
  ('food-tea',       'shelf-life',  'Shelf life',        '保质期',   true,  'text', '[]', 3),
  ('food-tea',       'storage-method', 'Storage',        '储存方法', false, 'text', '[]', 4),
  ('tea',            'tea-grade',   'Grade',             '等级',     false, 'list', '["特级 Premium", "一级 Grade 1", "二级 Grade 2", "三级 Grade 3"]', 1),
  ('tea',            'harvest-year', 'Harvest year',     '采摘年份', false, 'text', '[]', 2),
  ('tea',            'packaging',   'Packaging',         '包装方式', false, 'list', '["散装 Loose", "罐装 Tin", "袋装 Bag", "礼盒装 Gift box", "饼茶 Cake"]', 3),
  ('industrial',     'brand',       'Brand',             '品牌',     false, 'text', '[]', 1),
  ('industrial',     'model',       'Model',             '型号',     false, 'text', '[]', 2),
  ('industrial',     'material',    'Material',          '材质',     false, 'text', '[]', 3),
  ('industrial',     'origin',      'Place of origin',   '产地',     false, 'list', 'ORIGIN', 4),
  ('toys',           'age-range',   'Age range',         '适用年龄', true,  'list', '["0–3 岁 0–3 years", "3–6 岁 3–6 years", "6–14 岁 6–14 years", "14 岁以上 14+ years"]', 1),
  ('toys',           'material',    'Material',          '材质',     false, 'list', '["塑料 Plastic", "木质 Wood", "毛绒 Plush", "金属 Metal", "硅胶 Silicone", "其他 Other"]', 2),
  ('toys',           'origin',      'Place of origin',   '产地',     false, 'list', 'ORIGIN', 3),
  ('sports',         'brand',       'Brand',             '品牌',     false, 'text', '[]', 1),
  ('sports',         'origin',      'Place of origin',   '产地',     false, 'list', 'ORIGIN', 2),
  ('sportswear',     'size',        'Size',              '尺码',     true,  'list', '["XS", "S", "M", "L", "XL", "XXL"]', 1),
  ('fitness',        'max-load',    'Maximum load',      '最大承重', false, 'text', '[]', 1)
) AS v (category_code, code, name_en, name_zh, required, kind, choices, position)
JOIN categories category ON category.code = v.category_code;
