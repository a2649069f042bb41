-- Product moderation (issue 11): the operator's banned words. A product whose title, attributes or
-- description contain one goes to the moderation queue (the review-case kernel's
-- `product_moderation` cases, 0011) instead of being published.

CREATE TABLE banned_words (
  id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  -- As the operator wrote it, shown in the console and in a flag.
  word        text        NOT NULL CHECK (length(word) BETWEEN 1 AND 64),
  -- NFKC-normalised and case-folded (the application computes it): full-width ＡＢＣ, abc and ABC
  -- are one word, entered once.
  word_key    text        NOT NULL UNIQUE,
  -- The order the operator keeps the list in.
  position    integer     NOT NULL,
  created_by  uuid        REFERENCES operators (id),
  created_at  timestamptz NOT NULL
);
