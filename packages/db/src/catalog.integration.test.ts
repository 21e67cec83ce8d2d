// Catalog invariants: what keeps tenants apart must hold for every table, present and future.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE } from './server.ts';
import { createTestDatabase, type TestDatabase } from './testing/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function tenantTables(): Promise<string[]> {
  const rows = await database.owner.sql<{ table_name: string }[]>`
    select c.table_name from information_schema.columns c
    join information_schema.tables t using (table_schema, table_name)
    where c.table_schema = 'public' and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
    order by 1`;
  return rows.map((r) => r.table_name);
}

describe('catalog invariants', () => {
  it('finds the tenant-owned tables', async () => {
    expect(await tenantTables()).toEqual(
      expect.arrayContaining(['org_unit', 'membership', 'audit_log']),
    );
  });

  it('enables and forces row-level security with a policy on every tenant table', async () => {
    const tables = [...(await tenantTables()), 'tenant'];
    const rows = await database.owner.sql<
      { relname: string; enabled: boolean; forced: boolean; policies: number }[]
    >`
      select c.relname, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
        (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relname = any(${tables})`;
    expect(rows).toHaveLength(tables.length);
    for (const row of rows) {
      expect({ table: row.relname, enabled: row.enabled, forced: row.forced }).toEqual({
        table: row.relname,
        enabled: true,
        forced: true,
      });
      expect(row.policies, row.relname).toBeGreaterThan(0);
    }
  });

  it('keeps the app role unprivileged and owning nothing', async () => {
    const [role] = await database.owner.sql<
      { rolsuper: boolean; rolbypassrls: boolean; owned: number }[]
    >`
      select r.rolsuper, r.rolbypassrls,
        (select count(*)::int from pg_class c where c.relowner = r.oid) as owned
      from pg_roles r where r.rolname = ${APP_ROLE}`;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });
  });

  it('leads every primary key and unique index of a tenant table with county_id', async () => {
    const rows = await database.owner.sql<{ index: string; first: string }[]>`
      select i.indexrelid::regclass::text as index, a.attname as first
      from pg_index i
      join pg_class c on c.oid = i.indrelid
      join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
      where (i.indisunique or i.indisprimary) and c.relname = any(${await tenantTables()})`;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect({ index: row.index, first: row.first }).toEqual({
        index: row.index,
        first: 'county_id',
      });
  });

  it('includes county_id first in every foreign key between tenant tables (Citus co-location)', async () => {
    const tables = await tenantTables();
    const rows = await database.owner.sql<{ name: string; first: string }[]>`
      select con.conname as name, a.attname as first
      from pg_constraint con
      join pg_class c on c.oid = con.conrelid
      join pg_class r on r.oid = con.confrelid
      join pg_attribute a on a.attrelid = c.oid and a.attnum = con.conkey[1]
      where con.contype = 'f' and c.relname = any(${tables}) and (r.relname = any(${tables}) or r.relname = 'tenant')`;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect({ name: row.name, first: row.first }).toEqual({ name: row.name, first: 'county_id' });
  });

  it('shows the app role nothing of any tenant table when no scope is set', async () => {
    const tables = [...(await tenantTables()), 'tenant'];
    // Arrange one row per table as the owner would; the owner is exempt only as superuser.
    await database.owner.sql`insert into tenant (id, county_id, kind, slug, name)
      values ('0190a0a0-0000-7000-8000-000000000001', '0190a0a0-0000-7000-8000-000000000001', 'county', 'probe', 'probe')`;
    await database.owner.sql`insert into org_unit (county_id, tenant_id, id, tier_level, name)
      values ('0190a0a0-0000-7000-8000-000000000001', '0190a0a0-0000-7000-8000-000000000001', '0190a0a0-0000-7000-8000-000000000002', 3, 'probe')`;
    for (const table of tables) {
      const [row] = await database.app.sql.unsafe<{ n: number }[]>(
        `select count(*)::int as n from "${table}"`,
      );
      expect({ table, n: row?.n }).toEqual({ table, n: 0 });
    }
  });
});
