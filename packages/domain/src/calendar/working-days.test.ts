import { isWorkday } from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from './calendar-date.ts';
import { defaultYearSchedules } from './default-year-schedules.ts';
import { createWorkingDayCalendar, type YearSchedule } from './working-days.ts';

const calendar = createWorkingDayCalendar(defaultYearSchedules());

// 2004-01-01 … 2033-12-31: published years and a stretch of weekends-only years.
const dates = fc.integer({ min: 12_418, max: 23_375 }).map(fromEpochDay);

function datesOf(year: number): string[] {
  const days: string[] = [];
  for (let day = toEpochDay(`${year}-01-01`); day <= toEpochDay(`${year}-12-31`); day++) {
    days.push(fromEpochDay(day));
  }
  return days;
}

describe('defaultYearSchedules', () => {
  const schedules = defaultYearSchedules();

  it('covers every year from 2004 to 2026', () => {
    expect(schedules.map((schedule) => schedule.year)).toEqual(
      Array.from({ length: 23 }, (_, index) => 2004 + index),
    );
  });

  it('holds National Day 2025 as published', () => {
    const year2025 = schedules.find((schedule) => schedule.year === 2025);
    expect(year2025?.holidays).toEqual(
      expect.arrayContaining([
        '2025-10-01',
        '2025-10-02',
        '2025-10-03',
        '2025-10-04',
        '2025-10-05',
        '2025-10-06',
        '2025-10-07',
        '2025-10-08',
      ]),
    );
    expect(year2025?.adjustedWorkdays).toEqual(
      expect.arrayContaining(['2025-09-28', '2025-10-11']),
    );
  });

  it('agrees with the chinese-days library on every day it covers', () => {
    const disagreements = schedules
      .flatMap((schedule) => datesOf(schedule.year))
      .filter((date) => calendar.isWorkingDay(date) !== isWorkday(date));
    expect(disagreements).toEqual([]);
  });
});

describe('National Day 2025', () => {
  it('treats Oct 1–8 as days off and the exchanged weekend days as working days', () => {
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true);
    for (const day of ['01', '02', '03', '04', '05', '06', '07', '08']) {
      expect(calendar.isWorkingDay(`2025-10-${day}`)).toBe(false);
    }
    expect(calendar.isWorkingDay('2025-10-09')).toBe(true);
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true);
    expect(calendar.isWorkingDay('2025-10-12')).toBe(false);
  });

  it('counts deadlines across the holiday', () => {
    expect(calendar.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(calendar.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(calendar.addWorkingDays('2025-09-29', 3)).toBe('2025-10-10');
    expect(calendar.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
    expect(calendar.workingDaysBetween('2025-09-26', '2025-10-11')).toBe(6);
  });
});

describe('Spring Festival 2026', () => {
  it('skips Feb 15–23 and works on Saturdays Feb 14 and Feb 28', () => {
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
    expect(calendar.addWorkingDays('2026-02-13', 6)).toBe('2026-02-28');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
    expect(calendar.firstWorkingDayOnOrAfter('2026-02-15')).toBe('2026-02-24');
  });
});

describe('a year without a published schedule', () => {
  it('counts weekends only', () => {
    expect(calendar.hasPublishedSchedule(2026)).toBe(true);
    expect(calendar.hasPublishedSchedule(2031)).toBe(false);
    expect(calendar.isWorkingDay('2031-10-01')).toBe(true);
    expect(calendar.addWorkingDays('2031-10-03', 1)).toBe('2031-10-06');
    expect(calendar.workingDaysBetween('2031-09-30', '2031-10-31')).toBe(23);
  });
});

describe('county schedules', () => {
  const year2027: YearSchedule = {
    year: 2027,
    holidays: ['2027-10-01', '2027-10-04', '2027-10-05'],
    adjustedWorkdays: ['2027-10-09'],
  };

  it('add a newly published year', () => {
    const county = createWorkingDayCalendar([...defaultYearSchedules(), year2027]);
    expect(county.hasPublishedSchedule(2027)).toBe(true);
    expect(county.isWorkingDay('2027-10-01')).toBe(false);
    expect(county.isWorkingDay('2027-10-09')).toBe(true);
    expect(county.addWorkingDays('2027-09-30', 1)).toBe('2027-10-06');
  });

  it('replace a default year wholesale', () => {
    const override: YearSchedule = { year: 2026, holidays: ['2026-10-01'], adjustedWorkdays: [] };
    const county = createWorkingDayCalendar([...defaultYearSchedules(), override]);
    expect(county.isWorkingDay('2026-10-01')).toBe(false);
    expect(county.isWorkingDay('2026-10-02')).toBe(true);
    expect(county.isWorkingDay('2026-10-10')).toBe(false);
    expect(county.isWorkingDay('2026-02-16')).toBe(true);
  });

  it.each([
    { year: 2027, holidays: ['2026-10-01'], adjustedWorkdays: [] },
    { year: 2027, holidays: ['2027-02-30'], adjustedWorkdays: [] },
    { year: 2027, holidays: [], adjustedWorkdays: ['27-10-09'] },
    { year: 2027, holidays: ['2027-10-09'], adjustedWorkdays: ['2027-10-09'] },
    { year: 2027.5, holidays: [], adjustedWorkdays: [] },
  ])('are refused when malformed: %j', (schedule) => {
    expect(() => createWorkingDayCalendar([schedule])).toThrow(
      expect.objectContaining({ code: 'INVALID_YEAR_SCHEDULE' }),
    );
  });
});

describe('counting rules', () => {
  it('returns the start itself for zero days, even on a holiday', () => {
    expect(calendar.addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
  });

  it('refuses negative or fractional counts', () => {
    expect(() => calendar.addWorkingDays('2025-10-01', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2025-10-01', 1.5)).toThrow(RangeError);
  });

  it('lands on a working day that is exactly n working days later', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 60 }), (start, count) => {
        const due = calendar.addWorkingDays(start, count);
        return calendar.isWorkingDay(due) && calendar.workingDaysBetween(start, due) === count;
      }),
    );
  });

  it('counts between two dates antisymmetrically and additively', () => {
    fc.assert(
      fc.property(dates, dates, dates, (a, b, c) => {
        const ab = calendar.workingDaysBetween(a, b);
        return (
          ab === -calendar.workingDaysBetween(b, a) &&
          ab + calendar.workingDaysBetween(b, c) === calendar.workingDaysBetween(a, c)
        );
      }),
      { numRuns: 50 },
    );
  });

  it('finds the first working day on or after any date', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const first = calendar.firstWorkingDayOnOrAfter(date);
        const skipped = calendar.workingDaysBetween(date, first);
        return calendar.isWorkingDay(first) && first >= date && skipped <= 1;
      }),
    );
  });
});
