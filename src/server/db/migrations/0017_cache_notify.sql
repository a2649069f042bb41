-- Request overhead (issue 9): each instance keeps every storefront's version, and each signed-in
-- session with its account, in memory instead of reading them per request, and forgets them when
-- told. NOTIFY is sent at commit, and not at all on rollback.
--
-- Any write to a store's row (publication, status, slug, test mode, whatever code or instance
-- made it) announces the store's id; a write to the store types the pages name, or a TRUNCATE,
-- announces an empty payload: every store.
CREATE FUNCTION notify_storefront_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'ROW' AND TG_OP = 'DELETE' THEN
    PERFORM pg_notify('kaidian_storefronts', OLD.id::text);
  ELSIF TG_LEVEL = 'ROW' THEN
    PERFORM pg_notify('kaidian_storefronts', NEW.id::text);
  ELSE
    PERFORM pg_notify('kaidian_storefronts', '');
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER stores_notify_storefront
  AFTER INSERT OR UPDATE OR DELETE ON stores
  FOR EACH ROW EXECUTE FUNCTION notify_storefront_changed();

CREATE TRIGGER stores_truncate_notify_storefront
  AFTER TRUNCATE ON stores
  FOR EACH STATEMENT EXECUTE FUNCTION notify_storefront_changed();

CREATE TRIGGER store_types_notify_storefront
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON store_types
  FOR EACH STATEMENT EXECUTE FUNCTION notify_storefront_changed();

-- Likewise each instance keeps a signed-in session with its account for a few seconds: any write
-- to a session (sign-out, revocation, touch) announces the session's id, any write to a merchant's
-- account announces the merchant's id.
CREATE FUNCTION notify_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('kaidian_sessions', '');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('kaidian_sessions', OLD.id::text);
  ELSE
    PERFORM pg_notify('kaidian_sessions', NEW.id::text);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER sessions_notify_session
  AFTER UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION notify_session_changed();

CREATE TRIGGER sessions_truncate_notify_session
  AFTER TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION notify_session_changed();

CREATE TRIGGER merchants_notify_session
  AFTER UPDATE OR DELETE ON merchants
  FOR EACH ROW EXECUTE FUNCTION notify_session_changed();

CREATE TRIGGER merchants_truncate_notify_session
  AFTER TRUNCATE ON merchants
  FOR EACH STATEMENT EXECUTE FUNCTION notify_session_changed();
