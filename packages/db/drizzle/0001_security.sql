-- Roles, grants and row-level security. drizzle-kit emits none of these, so they live here.
-- See docs/decisions/004-tenant-isolation.md.

-- The application's LOGIN role: not superuser, cannot bypass RLS, owns nothing. Roles are
-- cluster-wide, so creation is guarded (several databases of one cluster migrate in parallel in tests).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'concord_app') THEN
    BEGIN
      CREATE ROLE concord_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- created meanwhile by a migration of another database of this cluster
    END;
  END IF;
  -- Never alter an existing role here (concurrent ALTERs fail); refuse one that is unsafe.
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'concord_app' AND (rolsuper OR rolbypassrls OR NOT rolcanlogin)) THEN
    RAISE EXCEPTION 'role concord_app exists but is superuser, bypasses RLS or cannot log in: fix it by hand';
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO concord_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO concord_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO concord_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO concord_app;
--> statement-breakpoint
CREATE SCHEMA app_private;
--> statement-breakpoint
GRANT USAGE ON SCHEMA app_private TO concord_app;
--> statement-breakpoint
-- The request scope, set per transaction with set_config(..., true). NULL in a fresh session and
-- '' after a transaction ends: both mean "nothing in scope".
CREATE FUNCTION app_private.scope_tenants() RETURNS uuid[]
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS
$$ SELECT coalesce(nullif(current_setting('app.tenant_ids', true), ''), '{}')::uuid[] $$;
--> statement-breakpoint
CREATE FUNCTION app_private.scope_cases() RETURNS uuid[]
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS
$$ SELECT coalesce(nullif(current_setting('app.case_ids', true), ''), '{}')::uuid[] $$;
--> statement-breakpoint
CREATE FUNCTION app_private.scope_user() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
-- Enables and forces RLS on a tenant-owned table with the one standard policy. A table with a
-- case_id column is also visible through case grants (joint mediation across tenants).
CREATE FUNCTION app_private.secure_tenant_table(target regclass) RETURNS void
  LANGUAGE plpgsql SET search_path = pg_catalog AS
$$
DECLARE
  condition text := 'tenant_id = ANY ((SELECT app_private.scope_tenants())::uuid[])';
BEGIN
  IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = 'case_id' AND NOT attisdropped) THEN
    condition := condition || ' OR case_id = ANY ((SELECT app_private.scope_cases())::uuid[])';
  END IF;
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS tenant_scope ON %s', target);
  EXECUTE format('CREATE POLICY tenant_scope ON %s FOR ALL TO PUBLIC USING (%s) WITH CHECK (%s)',
    target, condition, condition);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_private.secure_tenant_table(regclass) FROM PUBLIC;
--> statement-breakpoint
SELECT app_private.secure_tenant_table('org_unit');
--> statement-breakpoint
SELECT app_private.secure_tenant_table('invitation');
--> statement-breakpoint
SELECT app_private.secure_tenant_table('audit_log');
--> statement-breakpoint
-- A user always sees their own memberships (to resolve which tenants they may enter).
SELECT app_private.secure_tenant_table('membership');
--> statement-breakpoint
CREATE POLICY own_memberships ON membership FOR SELECT TO PUBLIC
  USING (user_id = (SELECT app_private.scope_user()));
--> statement-breakpoint
-- Tenant rows: those in scope, plus every tenant of a county the user belongs to (names and
-- slugs for the switcher and for joint mediation; no personal data lives here).
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_scope ON tenant FOR ALL TO PUBLIC
  USING (id = ANY ((SELECT app_private.scope_tenants())::uuid[]))
  WITH CHECK (id = ANY ((SELECT app_private.scope_tenants())::uuid[]));
--> statement-breakpoint
CREATE POLICY tenant_of_my_county ON tenant FOR SELECT TO PUBLIC
  USING (county_id IN (SELECT m.county_id FROM membership m WHERE m.user_id = (SELECT app_private.scope_user())));
--> statement-breakpoint
-- Audit log: append-only and hash-chained per tenant. The trigger numbers the entry and links it
-- to the previous one under a per-tenant advisory lock, so concurrent writers cannot fork the chain.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM concord_app;
--> statement-breakpoint
CREATE FUNCTION app_private.chain_audit_log() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public AS
$$
DECLARE
  last record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit_log:' || NEW.tenant_id::text, 0));
  SELECT a.seq, a.hash INTO last FROM audit_log a
    WHERE a.county_id = NEW.county_id AND a.tenant_id = NEW.tenant_id
    ORDER BY a.seq DESC LIMIT 1;
  NEW.seq := coalesce(last.seq, 0) + 1;
  NEW.prev_hash := coalesce(last.hash, '\x'::bytea);
  NEW.hash := sha256(NEW.prev_hash || convert_to(concat_ws('|', NEW.seq, NEW.id, NEW.at, NEW.actor_user_id,
    NEW.action, NEW.target_type, NEW.target_id, NEW.detail::text), 'UTF8'));
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION app_private.chain_audit_log();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON security_event FROM concord_app;
