-- Distributes Concord's tables on a Citus cluster (run once, as the owner, on the coordinator,
-- after the migrations). Tenant-owned tables (those with tenant_id) are distributed by county_id
-- and co-located, so every query of one county runs on one node; small global tables become
-- reference tables copied to every node. The catalog test in packages/db keeps the schema fit
-- for this: every primary key, unique index and foreign key of a tenant table leads with county_id.
DO $$
DECLARE
  reference_tables text[] := ARRAY['tenant', 'user', 'session', 'recovery_code', 'sign_in_throttle', 'security_event'];
  t text;
  first_table text;
BEGIN
  FOREACH t IN ARRAY reference_tables LOOP
    PERFORM create_reference_table(format('public.%I', t));
  END LOOP;
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables tb USING (table_schema, table_name)
    WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND tb.table_type = 'BASE TABLE'
    ORDER BY c.table_name = 'org_unit' DESC, c.table_name
  LOOP
    IF first_table IS NULL THEN
      PERFORM create_distributed_table(format('public.%I', t), 'county_id');
      first_table := t;
    ELSE
      PERFORM create_distributed_table(format('public.%I', t), 'county_id', colocate_with => first_table);
    END IF;
  END LOOP;
END
$$;
