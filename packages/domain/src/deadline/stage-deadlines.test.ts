import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, fromEpochDay } from '../calendar/calendar-date.ts';
import { defaultYearSchedules } from '../calendar/default-year-schedules.ts';
import { createWorkingDayCalendar } from '../calendar/working-days.ts';
import {
  computeDueDate,
  type DeadlineRule,
  deadlineState,
  deadlineUnits,
  defaultStageDeadlines,
} from './stage-deadlines.ts';

const calendar = createWorkingDayCalendar(defaultYearSchedules());
// 2020-01-01 … 2029-12-31
const dates = fc.integer({ min: 18_262, max: 21_914 }).map(fromEpochDay);

describe('computeDueDate', () => {
  it.each([
    // National Day 2025: Oct 1–8 off, Saturday Oct 11 worked.
    ['2025-09-30', { amount: 3, unit: 'working_days' }, '2025-10-11'],
    ['2025-09-26', { amount: 5, unit: 'working_days' }, '2025-10-10'],
    // 30 days after Sep 1 is Oct 1, a holiday: the period runs to Oct 9.
    ['2025-09-01', { amount: 30, unit: 'calendar_days' }, '2025-10-09'],
    ['2025-11-01', { amount: 14, unit: 'calendar_days' }, '2025-11-17'],
    ['2025-11-10', { amount: 0, unit: 'calendar_days' }, '2025-11-10'],
    ['2025-11-15', { amount: 0, unit: 'calendar_days' }, '2025-11-17'],
    ['2025-09-15', { amount: 1, unit: 'months' }, '2025-10-15'],
    // Month ends: the corresponding day or the last day of the month.
    ['2025-01-31', { amount: 1, unit: 'months' }, '2025-02-28'],
    ['2024-01-31', { amount: 1, unit: 'months' }, '2024-02-29'],
    // Feb 28 2026 is a Saturday made a working day for the Spring Festival.
    ['2026-01-31', { amount: 1, unit: 'months' }, '2026-02-28'],
    // 2027 has no published schedule: Sunday Feb 28 rolls to Monday.
    ['2027-01-31', { amount: 1, unit: 'months' }, '2027-03-01'],
    ['2024-10-08', { amount: 24, unit: 'months' }, '2026-10-08'],
  ] as const)('%s + %j = %s', (start, rule, due) => {
    expect(computeDueDate(start, rule, calendar)).toBe(due);
  });

  it.each([
    { amount: -1, unit: 'working_days' },
    { amount: 1.5, unit: 'calendar_days' },
    { amount: Number.NaN, unit: 'months' },
    { amount: 3, unit: 'weeks' },
  ])('refuses %j', (rule) => {
    expect(() => computeDueDate('2025-10-01', rule as DeadlineRule, calendar)).toThrow(
      expect.objectContaining({ code: 'INVALID_DEADLINE_RULE' }),
    );
  });

  it('always falls on a working day no earlier than the start', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(...deadlineUnits),
        (start, amount, unit) => {
          const due = computeDueDate(start, { amount, unit }, calendar);
          return calendar.isWorkingDay(due) && due >= start;
        },
      ),
    );
  });

  it('never shortens a period when the amount grows', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(...deadlineUnits),
        (start, amount, unit) =>
          computeDueDate(start, { amount, unit }, calendar) <=
          computeDueDate(start, { amount: amount + 1, unit }, calendar),
      ),
    );
  });

  it('counts exactly the working days asked for', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 40 }), (start, amount) => {
        const due = computeDueDate(start, { amount, unit: 'working_days' }, calendar);
        return calendar.workingDaysBetween(start, due) === amount;
      }),
    );
  });
});

describe('deadlineState', () => {
  it.each([
    ['2025-10-01', 'on_track'],
    ['2025-10-04', 'on_track'],
    ['2025-10-05', 'due_soon'],
    ['2025-10-15', 'due_soon'],
    ['2025-10-16', 'overdue'],
  ] as const)('on %s a case due 2025-10-15 with 10 warning days is %s', (today, state) => {
    expect(deadlineState('2025-10-15', today, 10)).toBe(state);
  });

  it('with no warning days is due soon only on the due day', () => {
    expect(deadlineState('2025-10-15', '2025-10-14', 0)).toBe('on_track');
    expect(deadlineState('2025-10-15', '2025-10-15', 0)).toBe('due_soon');
  });

  it('refuses a negative or fractional warning', () => {
    expect(() => deadlineState('2025-10-15', '2025-10-01', -1)).toThrow(
      expect.objectContaining({ code: 'INVALID_DEADLINE_RULE' }),
    );
    expect(() => deadlineState('2025-10-15', '2025-10-01', 0.5)).toThrow(
      expect.objectContaining({ code: 'INVALID_DEADLINE_RULE' }),
    );
  });

  it('moves only forward as days pass', () => {
    const order = ['on_track', 'due_soon', 'overdue'];
    fc.assert(
      fc.property(dates, dates, fc.integer({ min: 0, max: 30 }), (due, today, warnDays) => {
        const now = order.indexOf(deadlineState(due, today, warnDays));
        const later = order.indexOf(deadlineState(due, addCalendarDays(today, 1), warnDays));
        return later >= now;
      }),
    );
  });
});

describe('defaultStageDeadlines', () => {
  it('follow DOMAIN.md §10', () => {
    expect(defaultStageDeadlines.mediationConcluded.rule).toEqual({ amount: 1, unit: 'months' });
    expect(defaultStageDeadlines.judicialConfirmationApplication.rule).toEqual({
      amount: 30,
      unit: 'calendar_days',
    });
    expect(defaultStageDeadlines.followUp.rule.amount).toBe(0);
    expect(defaultStageDeadlines.enforcementApplication.rule).toEqual({
      amount: 24,
      unit: 'months',
    });
  });

  it('warn about mediation at day 20 of a 30-day month', () => {
    const { rule, warnDays } = defaultStageDeadlines.mediationConcluded;
    const due = computeDueDate('2025-09-15', rule, calendar);
    expect(due).toBe('2025-10-15');
    expect(deadlineState(due, addCalendarDays('2025-09-15', 19), warnDays)).toBe('on_track');
    expect(deadlineState(due, addCalendarDays('2025-09-15', 20), warnDays)).toBe('due_soon');
  });

  it('are all valid rules', () => {
    for (const { rule, warnDays } of Object.values(defaultStageDeadlines)) {
      expect(() => computeDueDate('2025-10-01', rule, calendar)).not.toThrow();
      expect(() => deadlineState('2025-10-01', '2025-10-01', warnDays)).not.toThrow();
    }
  });
});
