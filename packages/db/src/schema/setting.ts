// Versioned configuration of a county (and of a town where the county allows overrides): tier
// names, intake channels, stage deadlines, number prefixes. Every change adds a version; the
// newest version of a key is in force, and the audit log says who changed what.
import {
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantOwned } from './columns.ts';
import { tenant } from './tenant.ts';

export const settingKeys = [
  'tiers',
  'intake_channels',
  'stage_deadlines',
  'numbering',
  'town_overrides',
] as const;
export type SettingKey = (typeof settingKeys)[number];

export const tenantSetting = pgTable(
  'tenant_setting',
  {
    ...tenantOwned,
    key: text({ enum: settingKeys }).notNull(),
    version: integer().notNull(),
    value: jsonb().$type<unknown>().notNull(),
    changedBy: uuid(),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('tenant_setting_county_tenant_key_version_key').on(
      t.countyId,
      t.tenantId,
      t.key,
      t.version,
    ),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
  ],
);
