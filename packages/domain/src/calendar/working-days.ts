import { AppError } from '../errors.ts';
import {
  type CalendarDate,
  dayOfWeekOfEpochDay,
  fromEpochDay,
  isCalendarDate,
  toEpochDay,
} from './calendar-date.ts';

/**
 * One year's official arrangement as the State Council publishes it: the days off (weekends
 * inside a holiday included or not, it makes no difference) and the weekend days made working
 * days in exchange (调休上班).
 */
export interface YearSchedule {
  year: number;
  holidays: readonly CalendarDate[];
  adjustedWorkdays: readonly CalendarDate[];
}

export interface WorkingDayCalendar {
  isWorkingDay(date: CalendarDate): boolean;
  /**
   * The date `count` working days after `start`. Counting starts the day after `start` (the
   * start day is never counted, as for legal periods, Civil Code Art. 201), so Friday + 1 is the
   * next Monday and `count` 0 returns `start` itself.
   */
  addWorkingDays(start: CalendarDate, count: number): CalendarDate;
  /** Working days in (from, to]: the inverse of `addWorkingDays`; negative when `to` < `from`. */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number;
  /** `date` itself when it is a working day, else the next one. */
  firstWorkingDayOnOrAfter(date: CalendarDate): CalendarDate;
  /** False means the year counts weekends only (its arrangement is not yet published). */
  hasPublishedSchedule(year: number): boolean;
}

function requireDateInYear(date: CalendarDate, year: number): number {
  if (!isCalendarDate(date) || Number(date.slice(0, 4)) !== year) {
    throw new AppError('INVALID_YEAR_SCHEDULE', { year, date });
  }
  return toEpochDay(date);
}

function validateSchedule(schedule: YearSchedule): void {
  const { year } = schedule;
  if (!Number.isInteger(year)) throw new AppError('INVALID_YEAR_SCHEDULE', { year });
  const holidays = new Set(schedule.holidays.map((date) => requireDateInYear(date, year)));
  for (const date of schedule.adjustedWorkdays) {
    if (holidays.has(requireDateInYear(date, year))) {
      throw new AppError('INVALID_YEAR_SCHEDULE', { year, date, conflict: 'holiday_and_workday' });
    }
  }
}

/** Later schedules for the same year replace earlier ones, so a county can override a default. */
function latestByYear(schedules: readonly YearSchedule[]): Map<number, YearSchedule> {
  const byYear = new Map<number, YearSchedule>();
  for (const schedule of schedules) {
    validateSchedule(schedule);
    byYear.set(schedule.year, schedule);
  }
  return byYear;
}

export function createWorkingDayCalendar(schedules: readonly YearSchedule[]): WorkingDayCalendar {
  const byYear = latestByYear(schedules);
  const holidays = new Set<number>();
  const adjustedWorkdays = new Set<number>();
  for (const schedule of byYear.values()) {
    for (const date of schedule.holidays) holidays.add(toEpochDay(date));
    for (const date of schedule.adjustedWorkdays) adjustedWorkdays.add(toEpochDay(date));
  }

  const isWorkingEpochDay = (epochDay: number): boolean => {
    if (adjustedWorkdays.has(epochDay)) return true;
    if (holidays.has(epochDay)) return false;
    const weekday = dayOfWeekOfEpochDay(epochDay);
    return weekday !== 0 && weekday !== 6;
  };

  const countWorkingDaysAfter = (from: number, to: number): number => {
    let count = 0;
    for (let day = from + 1; day <= to; day++) if (isWorkingEpochDay(day)) count++;
    return count;
  };

  return {
    isWorkingDay: (date) => isWorkingEpochDay(toEpochDay(date)),

    addWorkingDays(start, count) {
      if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(`Working-day count must be a non-negative integer, got ${count}`);
      }
      let day = toEpochDay(start);
      for (let remaining = count; remaining > 0; ) {
        day++;
        if (isWorkingEpochDay(day)) remaining--;
      }
      return fromEpochDay(day);
    },

    workingDaysBetween(from, to) {
      const fromDay = toEpochDay(from);
      const toDay = toEpochDay(to);
      return fromDay <= toDay
        ? countWorkingDaysAfter(fromDay, toDay)
        : -countWorkingDaysAfter(toDay, fromDay);
    },

    firstWorkingDayOnOrAfter(date) {
      let day = toEpochDay(date);
      while (!isWorkingEpochDay(day)) day++;
      return fromEpochDay(day);
    },

    hasPublishedSchedule: (year) => byYear.has(year),
  };
}
