-- Text shown to people in both languages: growth-rule names get an English and a Chinese column;
-- ledger memos and payment failures are stored as stable codes that each reader's language renders.
-- Rows written before keep their stored text, shown where no code says better.

-- Growth rules: a name in each language. Shipped defaults get their translation; any other rule
-- keeps its name in the language it is written in, the other left empty for an operator to fill
-- (readers of that language see the written one meanwhile). Edits require both.
ALTER TABLE growth_rules ADD COLUMN name_en text, ADD COLUMN name_zh text;

UPDATE growth_rules r SET name_en = r.name, name_zh = d.name_zh
FROM (VALUES
  ('account_basics', 'Everyone: account basics', '所有商家：账户基础'),
  ('onboarding_without_profile', 'No profile yet: onboarding basics', '尚未填写经营信息：开店入门'),
  ('newcomer_basics', 'Newcomer: basics first', '新手商家：先打好基础'),
  ('experienced_maker_scale_up', 'Experienced manufacturer or wholesaler: wholesale and scale',
   '有经验的工厂或批发商：批发与规模化'),
  ('experienced_seller_launch', 'Experienced brand, retailer or dropshipper: launch fast',
   '有经验的品牌方、零售商或代发商家：快速开店'),
  ('newcomer_maker_wholesale', 'Newcomer manufacturer or wholesaler: wholesale tools',
   '新手工厂或批发商：批发工具'),
  ('brand_owner', 'Brand owner: brand story and flagship store', '品牌方：品牌故事与旗舰店'),
  ('dropshipper', 'Dropshipper: suppliers', '代发商家：挑选供应商'),
  ('sold_elsewhere', 'Has sold on other platforms: migrate listings', '在其他平台卖过货：迁移商品'),
  ('selling_abroad', 'Targets markets outside mainland China', '目标市场在中国大陆以外'),
  ('larger_team', 'Team of six or more', '团队六人及以上'),
  ('good_habits', 'Everyone with a profile: good habits', '已填写经营信息：养成良好经营习惯')
) AS d (key, name_en, name_zh)
WHERE r.key = d.key AND r.name = d.name_en;

UPDATE growth_rules SET
  name_zh = CASE WHEN name ~ '[\u3400-\u9fff]' THEN btrim(name) ELSE '' END,
  name_en = CASE WHEN name ~ '[\u3400-\u9fff]' THEN '' ELSE btrim(name) END
WHERE name_en IS NULL;

ALTER TABLE growth_rules
  ALTER COLUMN name_en SET NOT NULL,
  ALTER COLUMN name_zh SET NOT NULL,
  ADD CONSTRAINT growth_rules_name_check CHECK (btrim(name_en) <> '' OR btrim(name_zh) <> ''),
  DROP COLUMN name;

-- Ledger memos: a code (payment.fee, payment.deposit) and its parameters. `memo` stays for the
-- text earlier transfers hold; transfers are immutable, so those are read as they are.
ALTER TABLE ledger_transfers
  ADD COLUMN memo_code text CONSTRAINT ledger_transfers_memo_code_check CHECK (memo_code ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$'),
  ADD COLUMN memo_params jsonb NOT NULL DEFAULT '{}';

-- Payment failures: why, as a code (sandbox_declined, provider_failed); failure_reason keeps the
-- provider's own words, if it gave any (and, on earlier rows, the sentence the code replaces).
ALTER TABLE payments ADD COLUMN failure_code text CHECK (failure_code ~ '^[a-z][a-z0-9_]*$');

UPDATE payments SET failure_code = 'sandbox_declined'
WHERE failure_reason = 'sandbox: declined test payment';
UPDATE payments SET failure_code = 'provider_failed'
WHERE failure_reason ~ '^[a-z]+: payment failed$';
