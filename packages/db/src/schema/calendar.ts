// A county's own year schedules of holidays and adjusted working days, for years the bundled
// calendar does not know yet (the State Council publishes the next year near its end).
import {
  date,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantOwned } from './columns.ts';
import { tenant } from './tenant.ts';

export const holidaySchedule = pgTable(
  'holiday_schedule',
  {
    ...tenantOwned,
    year: integer().notNull(),
    holidays: date({ mode: 'string' }).array().notNull(),
    adjustedWorkdays: date({ mode: 'string' }).array().notNull(),
    changedBy: uuid(),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('holiday_schedule_county_tenant_year_key').on(t.countyId, t.tenantId, t.year),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
  ],
);
