import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  addCalendarDays,
  addMonths,
  calendarDateFromParts,
  calendarDaysBetween,
  dayOfWeekOfEpochDay,
  fromEpochDay,
  isCalendarDate,
  toChinaDate,
  toEpochDay,
} from './calendar-date.ts';

// 1900-01-01 … 2199-12-31
const epochDays = fc.integer({ min: -25_567, max: 84_005 });

describe('isCalendarDate', () => {
  it.each(['2025-10-01', '2024-02-29', '1900-01-01', '0099-12-31'])('accepts %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-1-01',
    '20251001',
    '2025-10-01T00:00',
    '',
  ])('rejects %s', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('calendarDateFromParts', () => {
  it('formats real dates and refuses impossible ones', () => {
    expect(calendarDateFromParts({ year: 1949, month: 12, day: 31 })).toBe('1949-12-31');
    expect(calendarDateFromParts({ year: 2023, month: 2, day: 29 })).toBeNull();
    expect(calendarDateFromParts({ year: 2000, month: 2, day: 29 })).toBe('2000-02-29');
    expect(calendarDateFromParts({ year: 1900, month: 2, day: 29 })).toBeNull();
  });
});

describe('epoch days', () => {
  it('counts from 1970-01-01', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    expect(fromEpochDay(20_362)).toBe('2025-10-01');
  });

  it('round-trips every day', () => {
    fc.assert(fc.property(epochDays, (day) => toEpochDay(fromEpochDay(day)) === day));
  });

  it('knows the weekday', () => {
    expect(dayOfWeekOfEpochDay(toEpochDay('2025-10-01'))).toBe(3);
    expect(dayOfWeekOfEpochDay(toEpochDay('1949-10-01'))).toBe(6);
    expect(dayOfWeekOfEpochDay(toEpochDay('2026-02-14'))).toBe(6);
  });

  it('throws INVALID_DATE on a malformed date', () => {
    expect(() => toEpochDay('2025-02-30')).toThrow(AppError);
    try {
      toEpochDay('tomorrow');
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_DATE', details: { value: 'tomorrow' } });
    }
    expect.assertions(2);
  });
});

describe('addCalendarDays and calendarDaysBetween', () => {
  it('crosses month and year ends', () => {
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(calendarDaysBetween('2025-10-01', '2025-10-31')).toBe(30);
    expect(calendarDaysBetween('2025-10-31', '2025-10-01')).toBe(-30);
  });

  it('are inverse to each other', () => {
    fc.assert(
      fc.property(epochDays, fc.integer({ min: -5000, max: 5000 }), (day, offset) => {
        const start = fromEpochDay(day);
        return calendarDaysBetween(start, addCalendarDays(start, offset)) === offset;
      }),
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-10-15', 1, '2025-11-15'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2025-06-10', 24, '2027-06-10'],
    ['2024-02-29', 12, '2025-02-28'],
  ] as const)('%s + %i months = %s', (start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
  });

  it('keeps the day of month or clamps to the month end', () => {
    fc.assert(
      fc.property(epochDays, fc.integer({ min: -120, max: 120 }), (day, months) => {
        const start = fromEpochDay(day);
        const result = addMonths(start, months);
        const startDay = Number(start.slice(8));
        const resultDay = Number(result.slice(8));
        const lastOfMonth = addCalendarDays(addMonths(`${result.slice(0, 8)}01`, 1), -1);
        return resultDay === startDay || (resultDay < startDay && result === lastOfMonth);
      }),
    );
  });
});

describe('toChinaDate', () => {
  it('takes the date at UTC+8', () => {
    expect(toChinaDate(new Date('2025-09-30T15:59:59.999Z'))).toBe('2025-09-30');
    expect(toChinaDate(new Date('2025-09-30T16:00:00.000Z'))).toBe('2025-10-01');
    expect(toChinaDate(new Date('2025-10-01T23:30:00+08:00'))).toBe('2025-10-01');
  });
});
