// A township centre's setup: departments stationed in it (Zhaoxiang's "6+5+3+X": resident,
// visiting on a schedule, on demand) and its mediation rooms.
import {
  boolean,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantOwned } from './columns.ts';
import { tenant } from './tenant.ts';

export const departmentPresences = ['resident', 'visiting', 'on_demand'] as const;
export type DepartmentPresence = (typeof departmentPresences)[number];

export const centreDepartment = pgTable(
  'centre_department',
  {
    ...tenantOwned,
    name: text().notNull(),
    presence: text({ enum: departmentPresences }).notNull(),
    /** e.g. "每周二上午" for a visiting department. */
    schedule: text(),
    active: boolean().notNull().default(true),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('centre_department_county_tenant_name_key').on(t.countyId, t.tenantId, t.name),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
  ],
);

export const mediationRoom = pgTable(
  'mediation_room',
  {
    ...tenantOwned,
    name: text().notNull(),
    location: text(),
    capacity: integer(),
    active: boolean().notNull().default(true),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('mediation_room_county_tenant_name_key').on(t.countyId, t.tenantId, t.name),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
  ],
);
