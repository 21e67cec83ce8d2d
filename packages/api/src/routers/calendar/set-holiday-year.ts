import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { holidaySchedule, type tenant } from '@concord/db/schema';
import { dayOfWeekOfEpochDay, toEpochDay } from '@concord/domain/calendar/calendar-date';
import { createWorkingDayCalendar } from '@concord/domain/calendar/working-days';
import { sql } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { bundledYearSchedules, loadCountyYearSchedules } from './load-working-day-calendar.ts';

const isWeekend = (date: string) => {
  const weekday = dayOfWeekOfEpochDay(toEpochDay(date));
  return weekday === 0 || weekday === 6;
};

/** Refusals a person typing in the State Council's notice could plausibly cause. */
function checkYear(year: number, holidays: readonly string[], adjustedWorkdays: readonly string[]) {
  const fail = (field: string, reason: string, date?: string) =>
    apiError('VALIDATION_FAILED', { field, reason, ...(date ? { date } : {}) });
  for (const [field, dates] of [
    ['holidays', holidays],
    ['adjustedWorkdays', adjustedWorkdays],
  ] as const) {
    const outside = dates.find((date) => Number(date.slice(0, 4)) !== year);
    if (outside) throw fail(field, 'DATE_OUTSIDE_YEAR', outside);
  }
  const holidaySet = new Set(holidays);
  const both = adjustedWorkdays.find((date) => holidaySet.has(date));
  if (both) throw fail('adjustedWorkdays', 'HOLIDAY_AND_WORKDAY', both);
  // A make-up working day is a Saturday or Sunday worked; a weekday in that list means nothing.
  const weekday = adjustedWorkdays.find((date) => !isWeekend(date));
  if (weekday) throw fail('adjustedWorkdays', 'WORKDAY_NOT_WEEKEND', weekday);
  // A year's holidays always include weekdays (New Year, Spring Festival…); weekends alone
  // change nothing and mean the dates were mistyped.
  if (holidays.every(isWeekend)) throw fail('holidays', 'HOLIDAYS_ONLY_WEEKENDS');
}

/**
 * Enters (or corrects) one year's holidays and make-up working days for the county. The row is
 * replaced, not versioned: the audit entry keeps what was added and removed.
 */
export async function setHolidayYear(
  tx: Transaction,
  options: {
    county: typeof tenant.$inferSelect;
    year: number;
    holidays: string[];
    adjustedWorkdays: string[];
    actorUserId: string;
  },
): Promise<{ year: number }> {
  const { county, year } = options;
  const holidays = [...new Set(options.holidays)].sort();
  const adjustedWorkdays = [...new Set(options.adjustedWorkdays)].sort();
  checkYear(year, holidays, adjustedWorkdays);
  // The domain's own check, so what is stored always builds a calendar.
  createWorkingDayCalendar([{ year, holidays, adjustedWorkdays }]);

  const previous =
    (await loadCountyYearSchedules(tx, county.countyId)).find((entry) => entry.year === year) ??
    bundledYearSchedules().find((entry) => entry.year === year);
  await tx
    .insert(holidaySchedule)
    .values({
      countyId: county.countyId,
      tenantId: county.id,
      id: newId(),
      year,
      holidays,
      adjustedWorkdays,
      changedBy: options.actorUserId,
    })
    .onConflictDoUpdate({
      target: [holidaySchedule.countyId, holidaySchedule.tenantId, holidaySchedule.year],
      set: {
        holidays: sql`excluded.holidays`,
        adjustedWorkdays: sql`excluded.adjusted_workdays`,
        changedBy: sql`excluded.changed_by`,
        createdAt: sql`now()`,
      },
    });
  const difference = (from: readonly string[] = [], to: readonly string[]) => ({
    added: to.filter((date) => !from.includes(date)),
    removed: from.filter((date) => !to.includes(date)),
  });
  await writeAudit(tx, {
    countyId: county.countyId,
    tenantId: county.id,
    actorUserId: options.actorUserId,
    action: 'calendar.year_set',
    targetType: 'holiday_schedule',
    targetId: String(year),
    detail: {
      year,
      replaced: previous ? ('changedAt' in previous ? 'county' : 'bundled') : 'none',
      holidays: difference(previous?.holidays, holidays),
      adjustedWorkdays: difference(previous?.adjustedWorkdays, adjustedWorkdays),
    },
  });
  return { year };
}
