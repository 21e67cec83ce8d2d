import holidayData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarDate } from './calendar-date.ts';
import type { YearSchedule } from './working-days.ts';

function datesByYear(dates: Iterable<CalendarDate>): Map<number, CalendarDate[]> {
  const byYear = new Map<number, CalendarDate[]>();
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), date]);
  }
  return byYear;
}

/**
 * The State Council arrangements shipped with the pinned `chinese-days` release (2004–2026).
 * A county passes a newly published year after these to `createWorkingDayCalendar`.
 */
export function defaultYearSchedules(): YearSchedule[] {
  const holidays = datesByYear(Object.keys(holidayData.holidays));
  const workdays = datesByYear(Object.keys(holidayData.workdays));
  const years = [...new Set([...holidays.keys(), ...workdays.keys()])].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    holidays: (holidays.get(year) ?? []).sort(),
    adjustedWorkdays: (workdays.get(year) ?? []).sort(),
  }));
}
