-- Merchant accounts (SPEC §1): pending sign-ups, one-time codes and their counters.
-- Business profile and growth plan (SPEC §2): the merchant's answers, operator-editable tasks and
-- rules, and the milestones that complete tasks by themselves.

-- A sign-up waiting for its code. Nothing about it is an account until the code is verified.
CREATE TABLE signup_requests (
  id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  channel          text        NOT NULL CHECK (channel IN ('email', 'phone')),
  -- Normalised e-mail (trimmed, lower case) or E.164 phone: what uniqueness is checked on.
  address          text        NOT NULL,
  -- The e-mail as typed (trimmed), kept for display; the E.164 number for phones.
  display_address  text        NOT NULL,
  password_hash    text        NOT NULL,
  account_type     text        NOT NULL CHECK (account_type IN ('personal', 'enterprise')),
  locale           text        NOT NULL CHECK (locale IN ('en', 'zh-CN')),
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  UNIQUE (channel, address)
);

-- One row per code requested. Only a salted HMAC of the code is stored. A decoy row stands for a
-- request to an address that gets no code (unknown account, or one that is already taken): it
-- counts against the same resend and try limits, so answers never reveal whether an account exists.
CREATE TABLE verification_codes (
  id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  purpose          text        NOT NULL CHECK (purpose IN ('signup', 'login', 'reset', 'change_contact', 'reauth')),
  channel          text        NOT NULL CHECK (channel IN ('email', 'phone')),
  address          text        NOT NULL,
  -- The address as typed (trimmed), for a contact change: what the account will show once verified.
  display_address  text,
  -- The account the code acts on (login, reset, reauth, change_contact); NULL for sign-up.
  merchant_id      uuid        REFERENCES merchants (id) ON DELETE CASCADE,
  code_hash        bytea       NOT NULL,
  salt             bytea       NOT NULL,
  decoy            boolean     NOT NULL DEFAULT false,
  -- Wrong tries so far; a resent code starts from its predecessor's count, never from zero.
  failed_attempts  integer     NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL,
  consumed_at      timestamptz
);
CREATE INDEX verification_codes_by_address ON verification_codes (channel, address, created_at DESC);
CREATE INDEX verification_codes_by_purpose ON verification_codes (purpose, channel, address, created_at DESC);
CREATE INDEX verification_codes_by_merchant ON verification_codes (purpose, channel, merchant_id, created_at DESC)
  WHERE merchant_id IS NOT NULL;

-- Every wrong code, per channel and scope (the address, or the signed-in account), for the
-- "100 failures in an hour block the channel for an hour" rule.
CREATE TABLE code_failures (
  id         bigserial   PRIMARY KEY,
  channel    text        NOT NULL CHECK (channel IN ('email', 'phone')),
  scope      text        NOT NULL,
  failed_at  timestamptz NOT NULL
);
CREATE INDEX code_failures_scope ON code_failures (channel, scope, failed_at);

CREATE TABLE code_channel_blocks (
  channel        text        NOT NULL CHECK (channel IN ('email', 'phone')),
  scope          text        NOT NULL,
  blocked_until  timestamptz NOT NULL,
  PRIMARY KEY (channel, scope)
);

-- The merchant's answers (SPEC §2). team_size is a bracket, not a head count.
CREATE TABLE merchant_business_profiles (
  merchant_id     uuid        PRIMARY KEY REFERENCES merchants (id) ON DELETE CASCADE,
  industry        text        NOT NULL,
  business_model  text        NOT NULL CHECK (business_model IN ('manufacturer', 'wholesaler', 'brand', 'retailer', 'dropshipper')),
  experience      text        NOT NULL CHECK (experience IN ('none', 'lt1y', '1to3y', 'gt3y')),
  platforms       text[]      NOT NULL DEFAULT '{}',
  target_markets  text[]      NOT NULL DEFAULT '{}',
  team_size       text        NOT NULL CHECK (team_size IN ('1', '2-5', '6-20', '21-100', '100+')),
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);

-- Things that happened to a merchant, recorded once by the module where they happen
-- (email_verified, phone_verified, profile_completed, kyc_approved, package_purchased, …).
CREATE TABLE merchant_milestones (
  merchant_id  uuid        NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
  milestone    text        NOT NULL CHECK (milestone ~ '^[a-z][a-z0-9_]*$'),
  reached_at   timestamptz NOT NULL,
  PRIMARY KEY (merchant_id, milestone)
);

-- Growth-plan tasks and lessons, in both languages. A task with a milestone completes itself when
-- the milestone is recorded; one without (a lesson) is ticked off by the merchant.
CREATE TABLE growth_tasks (
  key             text        PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*$'),
  title_en        text        NOT NULL,
  title_zh        text        NOT NULL,
  description_en  text        NOT NULL,
  description_zh  text        NOT NULL,
  milestone       text        CHECK (milestone ~ '^[a-z][a-z0-9_]*$'),
  -- Where in the seller center the merchant does it.
  action_path     text,
  active          boolean     NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Rules: a condition on the profile answers → tasks, in order. The plan is every matching rule's
-- tasks, rules taken by ascending priority, each task at its first appearance.
-- condition: {} (always), {"profile": "missing"|"present"}, and/or
-- {"all"|"any": [{"field": "experience", "op": "in", "values": ["none"]}, …]}.
CREATE TABLE growth_rules (
  id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  key         text        NOT NULL UNIQUE CHECK (key ~ '^[a-z][a-z0-9_]*$'),
  name        text        NOT NULL,
  condition   jsonb       NOT NULL DEFAULT '{}',
  task_keys   text[]      NOT NULL,
  priority    integer     NOT NULL DEFAULT 100,
  active      boolean     NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Lessons the merchant marked as done.
CREATE TABLE growth_task_completions (
  merchant_id   uuid        NOT NULL REFERENCES merchants (id) ON DELETE CASCADE,
  task_key      text        NOT NULL REFERENCES growth_tasks (key) ON DELETE CASCADE,
  completed_at  timestamptz NOT NULL,
  PRIMARY KEY (merchant_id, task_key)
);

INSERT INTO growth_tasks (key, milestone, action_path, title_en, description_en, title_zh, description_zh) VALUES
('complete_business_profile', 'profile_completed', '/account/business-profile',
 'Complete your business profile', 'Tell us what you sell, how you sell and where, so Kaidian can tailor your plan.',
 '完善经营信息', '告诉我们您卖什么、怎么卖、卖到哪里，开店会据此为您定制成长计划。'),
('verify_email', 'email_verified', '/account',
 'Verify your e-mail address', 'Order notifications and important notices are sent to your registered e-mail address.',
 '验证邮箱', '订单通知和重要消息会发送到您注册的邮箱。'),
('verify_phone', 'phone_verified', '/account',
 'Verify your mobile number', 'A verified mobile number lets you sign in with an SMS code and keeps your account safe.',
 '验证手机号', '验证手机号后可以用短信验证码登录，账户也更安全。'),
('verify_identity', 'kyc_approved', '/account/verification',
 'Pass real-name verification', 'Verify your identity or your company to get the verified badge; your store cannot open without it.',
 '完成实名认证', '认证个人或企业身份即可获得认证标识，开店前必须完成。'),
('choose_store_package', 'package_purchased', '/store',
 'Choose a store type and service package', 'Pick the store type and package that fit your business, then pay the service fee and the deposit.',
 '选择店铺类型和服务套餐', '选择适合您的店铺类型和服务套餐，并支付服务费和保证金。'),
('design_store', 'store_published', '/store/design',
 'Design and publish your store', 'Choose a template and colours, add your logo, banner and announcement, then publish.',
 '装修并发布店铺', '选择模板和配色，上传店标、横幅并填写公告，然后发布店铺。'),
('publish_10_products', 'products_published_10', '/products',
 'Publish 10 products', 'Ten good listings give buyers enough to browse and search engines enough to find.',
 '发布 10 件商品', '十件优质商品能让买家有得可逛，也更容易被搜索到。'),
('receive_first_order', 'first_order', '/orders',
 'Receive your first order', 'Share your store link; every order e-mail goes to your registered address.',
 '获得第一笔订单', '分享您的店铺链接；订单通知会发送到您的注册邮箱。'),
('lesson_platform_rules', NULL, NULL,
 'Read the platform rules', 'Learn what is not allowed, how penalties are taken from the deposit and how to appeal.',
 '了解平台规则', '了解哪些行为不被允许、违规如何从保证金中扣罚以及如何申诉。'),
('lesson_listing_quality', NULL, '/products',
 'Learn what makes a good listing', 'A clear title, complete attributes and an honest description raise your listing quality score.',
 '学习如何写好商品信息', '清晰的标题、完整的属性和真实的描述能提高商品质量分。'),
('lesson_product_photos', NULL, NULL,
 'Take product photos that sell', 'Use a clean background, show the product from several angles and put the best picture first.',
 '拍出好卖的商品图', '使用干净的背景，多角度展示商品，并把最好的一张设为主图。'),
('lesson_pricing_basics', NULL, NULL,
 'Set prices that pay', 'Add up product cost, shipping, fees and margin before you set a price.',
 '合理定价', '定价前算清商品成本、运费、平台费用和利润。'),
('lesson_shipping_basics', NULL, NULL,
 'Plan your shipping', 'Choose carriers, estimate delivery times and costs, and always ship within the time you promise.',
 '规划物流发货', '选择物流公司，估算时效和运费，并始终在承诺的时间内发货。'),
('lesson_customer_service', NULL, NULL,
 'Answer buyers quickly', 'Fast, polite answers turn questions into orders and keep disputes away.',
 '及时回复买家', '快速、礼貌的回复能把咨询变成订单，也能减少纠纷。'),
('lesson_after_sales', NULL, '/orders',
 'Handle returns and refunds', 'Know the 15-day after-sales window and how to accept or reject a request fairly.',
 '处理退货退款', '了解 15 天售后期限，以及如何公正地同意或拒绝售后申请。'),
('setup_tiered_pricing', NULL, '/products',
 'Set wholesale tiered prices', 'Offer lower unit prices for larger quantities and set a minimum order quantity.',
 '设置批发阶梯价', '为大批量采购设置更低的单价，并设定起批量。'),
('bulk_import_products', NULL, '/products/import',
 'Import your catalogue from CSV', 'Upload your whole product list at once; importing again updates products by SKU.',
 '通过 CSV 批量导入商品', '一次性上传整个商品目录；再次导入会按 SKU 更新商品。'),
('plan_first_promotion', NULL, '/store',
 'Plan your first promotion', 'Pick the products to push and a discount or time-limited offer to launch with.',
 '策划第一次促销', '挑选主推商品，设置折扣或限时优惠来开张。'),
('try_advertising', NULL, NULL,
 'Advertise your best products', 'Put a small budget behind the products that already sell well.',
 '为热销商品投放广告', '为已经卖得好的商品投入少量预算进行推广。'),
('review_store_performance', NULL, NULL,
 'Review your store every week', 'Check views, conversion, refunds and disputes every week and fix what slips.',
 '每周复盘店铺数据', '每周查看浏览量、转化率、退款和纠纷数据，及时改进。'),
('import_from_other_platforms', NULL, '/products/import',
 'Bring over your listings from other platforms', 'Export your products from the platforms you already sell on and import them here.',
 '迁移其他平台的商品', '从您已经在经营的平台导出商品，再导入到这里。'),
('tell_brand_story', NULL, '/store/design',
 'Tell your brand story', 'Use the store''s about text and banner to show what your brand stands for.',
 '讲好品牌故事', '用店铺简介和横幅展示您的品牌理念。'),
('consider_flagship_store', NULL, '/store',
 'Consider a flagship store', 'With a trademark certificate, an enterprise account can open a flagship store.',
 '考虑开设旗舰店', '企业账户凭商标注册证可以开设旗舰店。'),
('vet_suppliers', NULL, NULL,
 'Choose reliable suppliers', 'Check your suppliers'' stock, shipping times and quality before you list their products.',
 '挑选可靠的供应商', '上架前先确认供应商的库存、发货时效和商品质量。'),
('prepare_cross_border', NULL, NULL,
 'Prepare for buyers abroad', 'Write listings in your buyers'' language and set up shipping for each target market.',
 '做好跨境准备', '用买家的语言撰写商品信息，并为每个目标市场设置物流。'),
('organise_team', NULL, NULL,
 'Organise your team', 'Decide who lists products, who ships and who answers buyers.',
 '安排团队分工', '明确谁负责上架、谁负责发货、谁负责回复买家。');

INSERT INTO growth_rules (key, name, priority, condition, task_keys) VALUES
('account_basics', 'Everyone: account basics', 0, '{}',
 ARRAY['complete_business_profile', 'verify_email', 'verify_phone']),
('onboarding_without_profile', 'No profile yet: onboarding basics', 10, '{"profile": "missing"}',
 ARRAY['verify_identity', 'choose_store_package', 'design_store', 'lesson_listing_quality',
       'publish_10_products', 'lesson_shipping_basics', 'receive_first_order']),
('newcomer_basics', 'Newcomer: basics first', 10,
 '{"all": [{"field": "experience", "op": "in", "values": ["none", "lt1y"]}]}',
 ARRAY['lesson_platform_rules', 'verify_identity', 'choose_store_package', 'design_store',
       'lesson_listing_quality', 'lesson_product_photos', 'lesson_pricing_basics',
       'publish_10_products', 'lesson_shipping_basics', 'lesson_customer_service',
       'receive_first_order', 'lesson_after_sales']),
('experienced_maker_scale_up', 'Experienced manufacturer or wholesaler: wholesale and scale', 10,
 '{"all": [{"field": "experience", "op": "in", "values": ["1to3y", "gt3y"]}, {"field": "businessModel", "op": "in", "values": ["manufacturer", "wholesaler"]}]}',
 ARRAY['verify_identity', 'choose_store_package', 'setup_tiered_pricing', 'bulk_import_products',
       'design_store', 'publish_10_products', 'plan_first_promotion', 'try_advertising',
       'receive_first_order', 'review_store_performance']),
('experienced_seller_launch', 'Experienced brand, retailer or dropshipper: launch fast', 10,
 '{"all": [{"field": "experience", "op": "in", "values": ["1to3y", "gt3y"]}, {"field": "businessModel", "op": "in", "values": ["brand", "retailer", "dropshipper"]}]}',
 ARRAY['verify_identity', 'choose_store_package', 'design_store', 'bulk_import_products',
       'publish_10_products', 'plan_first_promotion', 'receive_first_order', 'try_advertising',
       'review_store_performance']),
('newcomer_maker_wholesale', 'Newcomer manufacturer or wholesaler: wholesale tools', 20,
 '{"all": [{"field": "experience", "op": "in", "values": ["none", "lt1y"]}, {"field": "businessModel", "op": "in", "values": ["manufacturer", "wholesaler"]}]}',
 ARRAY['setup_tiered_pricing', 'bulk_import_products']),
('brand_owner', 'Brand owner: brand story and flagship store', 20,
 '{"all": [{"field": "businessModel", "op": "in", "values": ["brand"]}]}',
 ARRAY['tell_brand_story', 'consider_flagship_store']),
('dropshipper', 'Dropshipper: suppliers', 20,
 '{"all": [{"field": "businessModel", "op": "in", "values": ["dropshipper"]}]}',
 ARRAY['vet_suppliers']),
('sold_elsewhere', 'Has sold on other platforms: migrate listings', 30,
 '{"all": [{"field": "platforms", "op": "not_empty"}]}',
 ARRAY['import_from_other_platforms']),
('selling_abroad', 'Targets markets outside mainland China', 30,
 '{"all": [{"field": "targetMarkets", "op": "has_other_than", "values": ["CN"]}]}',
 ARRAY['prepare_cross_border']),
('larger_team', 'Team of six or more', 40,
 '{"all": [{"field": "teamSize", "op": "in", "values": ["6-20", "21-100", "100+"]}]}',
 ARRAY['organise_team']),
('good_habits', 'Everyone with a profile: good habits', 50, '{"profile": "present"}',
 ARRAY['lesson_listing_quality', 'lesson_shipping_basics', 'lesson_customer_service',
       'lesson_after_sales', 'lesson_platform_rules', 'review_store_performance']);
