import { AppError } from '../errors.ts';

/**
 * A plain calendar date, `YYYY-MM-DD`, with no time and no zone. Deadlines, holidays and birth
 * dates are days, not instants; the string form sorts correctly, matches PostgreSQL `date` and
 * the holiday data, and cannot shift by a time zone.
 */
export type CalendarDate = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;
// China has kept UTC+8 without daylight saving since 1991.
const chinaOffsetMs = 8 * 3_600_000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

function epochDayFromParts({ year, month, day }: DateParts): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / msPerDay);
}

function partsFromEpochDay(epochDay: number): DateParts {
  const date = new Date(epochDay * msPerDay);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatParts({ year, month, day }: DateParts): CalendarDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date of real parts, or null when they name no day (e.g. February 30). */
export function calendarDateFromParts(parts: DateParts): CalendarDate | null {
  const roundTrip = partsFromEpochDay(epochDayFromParts(parts));
  const real =
    roundTrip.year === parts.year && roundTrip.month === parts.month && roundTrip.day === parts.day;
  return real ? formatParts(parts) : null;
}

function parse(value: string): DateParts | null {
  const match = datePattern.exec(value);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return calendarDateFromParts(parts) === null ? null : parts;
}

export function isCalendarDate(value: string): value is CalendarDate {
  return parse(value) !== null;
}

function requireParts(value: string): DateParts {
  const parts = parse(value);
  if (!parts) throw new AppError('INVALID_DATE', { value });
  return parts;
}

/** Days since 1970-01-01; lets callers step through days with plain integer arithmetic. */
export function toEpochDay(date: CalendarDate): number {
  return epochDayFromParts(requireParts(date));
}

export function fromEpochDay(epochDay: number): CalendarDate {
  return formatParts(partsFromEpochDay(epochDay));
}

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export function dayOfWeekOfEpochDay(epochDay: number): number {
  // 1970-01-01 was a Thursday.
  return (((epochDay + 4) % 7) + 7) % 7;
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

function daysInMonth(year: number, month: number): number {
  return partsFromEpochDay(epochDayFromParts({ year, month: month + 1, day: 0 })).day;
}

/**
 * The same day `months` months later; when the target month is shorter, its last day
 * (Civil Code Art. 202: "没有对应日的，月末日为期间的最后一日"), so Jan 31 + 1 month = Feb 28/29.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = requireParts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return formatParts({ year: targetYear, month: targetMonth, day: targetDay });
}

/** The date in China (UTC+8) of an instant, whatever the server's own zone. */
export function toChinaDate(instant: Date): CalendarDate {
  return fromEpochDay(Math.floor((instant.getTime() + chinaOffsetMs) / msPerDay));
}
