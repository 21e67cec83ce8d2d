// Tenants: a county (the customer) or a town (a township centre inside one county).
// A small global table (a Citus reference table); row-level security limits which rows a user sees.
import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';

export const tenantKinds = ['county', 'town'] as const;
export type TenantKind = (typeof tenantKinds)[number];

export const tenant = pgTable(
  'tenant',
  {
    id: uuid().primaryKey(),
    /** The county this tenant belongs to; a county's own id for a county. */
    countyId: uuid().notNull(),
    parentId: uuid(),
    kind: text({ enum: tenantKinds }).notNull(),
    slug: text().notNull(),
    name: text().notNull(),
    divisionCode: text(),
    active: boolean().notNull().default(true),
    requireTwoFactor: boolean().notNull().default(false),
    ...createdAt,
  },
  (t) => [
    uniqueIndex('tenant_slug_key').on(t.slug),
    // A constraint, not an index, so it exists before the composite foreign keys that reference it.
    unique('tenant_county_id_id_key').on(t.countyId, t.id),
    check('tenant_slug_shape', sql`${t.slug} ~ '^[a-z0-9][a-z0-9-]{1,62}$'`),
    check(
      'tenant_kind_parent',
      sql`(${t.kind} = 'county' and ${t.parentId} is null and ${t.countyId} = ${t.id}) or (${t.kind} = 'town' and ${t.parentId} = ${t.countyId})`,
    ),
  ],
);
