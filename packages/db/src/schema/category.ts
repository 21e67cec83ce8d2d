// Dispute categories (national statistics types and the county's local ones, each local type
// under one national parent) and the industry committees cases can be routed to.
import {
  foreignKey,
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

export const industryCommittee = pgTable(
  'industry_committee',
  {
    ...tenantOwned,
    /** Stable key of a default committee (e.g. 'traffic'); null for one the county added. */
    code: text(),
    name: text().notNull(),
    retiredAt: timestamp({ withTimezone: true }),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('industry_committee_county_tenant_name_key').on(t.countyId, t.tenantId, t.name),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
  ],
);

export const disputeCategory = pgTable(
  'dispute_category',
  {
    ...tenantOwned,
    /** National statistics code of this type, or of its national parent for a local type. */
    nationalCode: text().notNull(),
    /** A type of the national list itself, or one the county added under a national parent. */
    origin: text({ enum: ['national', 'local'] }).notNull(),
    name: text().notNull(),
    /** Version of the national list this row follows (the list changes over the years). */
    listVersion: text().notNull(),
    /** Tier that handles such cases by default: 2 town, 3 village, 1 county. */
    defaultTierLevel: smallint().notNull(),
    committeeId: uuid(),
    sortOrder: smallint().notNull().default(0),
    retiredAt: timestamp({ withTimezone: true }),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('dispute_category_county_tenant_name_key').on(t.countyId, t.tenantId, t.name),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
    foreignKey({
      columns: [t.countyId, t.committeeId],
      foreignColumns: [industryCommittee.countyId, industryCommittee.id],
    }),
  ],
);
