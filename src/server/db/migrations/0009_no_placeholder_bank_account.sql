-- The platform's bank account for transfers was seeded with a placeholder (6222000000000000000,
-- "change me in the operator console") that merchants were shown as where to send money. There
-- is no account until an admin enters the real one; until then bank transfer is not offered.
-- An account an admin already entered is kept.
DELETE FROM payment_settings
WHERE key = 'bank_account'
  AND value ->> 'accountNumber' = '6222000000000000000'
  AND value ->> 'accountName' LIKE '%change me in the operator console%';
