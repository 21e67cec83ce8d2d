-- A town's people read their county's own configuration (categories, committees, settings,
-- holiday schedules) without gaining any other county row: a SELECT-only policy for rows the
-- county itself owns, in the counties of the request's tenants. Writes stay under tenant_scope.
CREATE FUNCTION app_private.scope_counties() RETURNS uuid[]
  LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog AS
$$ SELECT coalesce(array_agg(DISTINCT t.county_id), '{}') FROM public.tenant t
   WHERE t.id = ANY (app_private.scope_tenants()) $$;
--> statement-breakpoint
CREATE POLICY county_configuration_read ON dispute_category FOR SELECT TO PUBLIC
  USING (tenant_id = county_id AND county_id = ANY ((SELECT app_private.scope_counties())::uuid[]));
--> statement-breakpoint
CREATE POLICY county_configuration_read ON industry_committee FOR SELECT TO PUBLIC
  USING (tenant_id = county_id AND county_id = ANY ((SELECT app_private.scope_counties())::uuid[]));
--> statement-breakpoint
CREATE POLICY county_configuration_read ON tenant_setting FOR SELECT TO PUBLIC
  USING (tenant_id = county_id AND county_id = ANY ((SELECT app_private.scope_counties())::uuid[]));
--> statement-breakpoint
CREATE POLICY county_configuration_read ON holiday_schedule FOR SELECT TO PUBLIC
  USING (tenant_id = county_id AND county_id = ANY ((SELECT app_private.scope_counties())::uuid[]));
