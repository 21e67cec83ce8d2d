// The tier tree inside a tenant: villages/communities and resident units under a town.
import {
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantOwned } from './columns.ts';
import { tenant } from './tenant.ts';

export const orgUnit = pgTable(
  'org_unit',
  {
    ...tenantOwned,
    parentId: uuid(),
    /** 1 = county, 2 = town, 3 = village/community, 4 = resident unit; names come from the county's tier configuration. */
    tierLevel: smallint().notNull(),
    name: text().notNull(),
    divisionCode: text(),
    population: integer(),
    households: integer(),
    retiredAt: timestamp({ withTimezone: true }),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('org_unit_county_division_code_key').on(t.countyId, t.divisionCode),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
    foreignKey({ columns: [t.countyId, t.parentId], foreignColumns: [t.countyId, t.id] }),
  ],
);
