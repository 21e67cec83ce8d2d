// The county's working-day calendar: the State Council arrangements bundled with the app,
// with the county's own entries (a newly published year, or a correction) taking precedence.
import type { Transaction } from '@concord/db/client';
import { holidaySchedule } from '@concord/db/schema';
import { defaultYearSchedules } from '@concord/domain/calendar/default-year-schedules';
import {
  createWorkingDayCalendar,
  type WorkingDayCalendar,
  type YearSchedule,
} from '@concord/domain/calendar/working-days';
import { and, asc, eq } from 'drizzle-orm';

let bundled: readonly YearSchedule[] | null = null;

/** The bundled years (2004 to the pinned release's last), computed once per process. */
export function bundledYearSchedules(): readonly YearSchedule[] {
  bundled ??= defaultYearSchedules();
  return bundled;
}

/** The county's own year schedules, oldest year first; readable from a town's transaction. */
export function loadCountyYearSchedules(
  tx: Transaction,
  countyId: string,
): Promise<(YearSchedule & { changedAt: Date })[]> {
  return tx
    .select({
      year: holidaySchedule.year,
      holidays: holidaySchedule.holidays,
      adjustedWorkdays: holidaySchedule.adjustedWorkdays,
      changedAt: holidaySchedule.createdAt,
    })
    .from(holidaySchedule)
    .where(and(eq(holidaySchedule.countyId, countyId), eq(holidaySchedule.tenantId, countyId)))
    .orderBy(asc(holidaySchedule.year));
}

/**
 * For due dates: `countyId` must be `ctx.tenant.countyId` (works for a county's and a town's
 * transaction alike).
 */
export async function loadWorkingDayCalendar(
  tx: Transaction,
  countyId: string,
): Promise<WorkingDayCalendar> {
  const own = await loadCountyYearSchedules(tx, countyId);
  // Later schedules of the same year replace earlier ones: the county's win.
  return createWorkingDayCalendar([...bundledYearSchedules(), ...own]);
}
