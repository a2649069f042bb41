-- The merchant directory, the verification queue and the payments list stay one indexed query
-- each at 100k merchants (issue 9): the orders they page in, and trigram indexes for the
-- directory's "part of the e-mail, phone or real name" search (ILIKE '%…%').

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Directory: newest first, ties by id, as listMerchants orders.
CREATE INDEX merchants_newest ON merchants (created_at DESC, id DESC);
CREATE INDEX merchants_email_trgm ON merchants USING gin (email gin_trgm_ops);
CREATE INDEX merchants_phone_trgm ON merchants USING gin (phone gin_trgm_ops);
CREATE INDEX merchants_real_name_trgm ON merchants USING gin (real_name gin_trgm_ops);

-- Verification queue: every status newest first, and one status in either direction (pending is
-- read oldest first); ties by id. Replaces kyc_submissions_queue, which had no tie-breaker.
CREATE INDEX kyc_submissions_newest ON kyc_submissions (submitted_at DESC, id DESC);
CREATE INDEX kyc_submissions_by_status ON kyc_submissions (status, submitted_at, id);
DROP INDEX kyc_submissions_queue;

-- Directory's verification filters: "has a case in this status" per merchant.
CREATE INDEX kyc_submissions_merchant_status ON kyc_submissions (merchant_id, status);

-- Payments list: every payment newest first, ties by id.
CREATE INDEX payments_newest ON payments (created_at DESC, id);
