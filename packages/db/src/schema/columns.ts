// Column sets shared by the aggregates. Every tenant-owned table spreads `tenantOwned`:
// `county_id` is the Citus distribution column and leads every key; `tenant_id` is the owning
// county or town, which the row-level-security policy checks.
import { timestamp, uuid } from 'drizzle-orm/pg-core';

export const tenantOwned = {
  countyId: uuid().notNull(),
  tenantId: uuid().notNull(),
  id: uuid().notNull(),
};

export const createdAt = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};
