import {
  addCalendarDays,
  addMonths,
  type CalendarDate,
  calendarDaysBetween,
} from '../calendar/calendar-date.ts';
import type { WorkingDayCalendar } from '../calendar/working-days.ts';
import { AppError } from '../errors.ts';

export const deadlineUnits = ['working_days', 'calendar_days', 'months'] as const;

export type DeadlineUnit = (typeof deadlineUnits)[number];

export interface DeadlineRule {
  amount: number;
  unit: DeadlineUnit;
}

/** A stage's time limit and how many calendar days before the due date it shows as due soon. */
export interface StageDeadline {
  rule: DeadlineRule;
  warnDays: number;
}

export const stageDeadlineKinds = [
  'acceptance',
  'firstSession',
  'mediationConcluded',
  'judicialConfirmationApplication',
  'followUp',
  'enforcementApplication',
] as const;

export type StageDeadlineKind = (typeof stageDeadlineKinds)[number];

/** DOMAIN.md §10 defaults; each comment names the event the period runs from. */
export const defaultStageDeadlines: Readonly<Record<StageDeadlineKind, StageDeadline>> = {
  // From registration (or routing) until the receiving unit accepts.
  acceptance: { rule: { amount: 3, unit: 'working_days' }, warnDays: 1 },
  // From acceptance until the first session is held.
  firstSession: { rule: { amount: 5, unit: 'working_days' }, warnDays: 2 },
  // From acceptance; "一般在一个月内调结". Ten days before due is the customary warning at
  // day 20 of a 30-day month.
  mediationConcluded: { rule: { amount: 1, unit: 'months' }, warnDays: 10 },
  // From the day the agreement takes effect (人民调解法 Art. 33).
  judicialConfirmationApplication: { rule: { amount: 30, unit: 'calendar_days' }, warnDays: 7 },
  // From the agreement's performance deadline: the visit checks performance on that day.
  followUp: { rule: { amount: 0, unit: 'calendar_days' }, warnDays: 3 },
  // From the last performance date: the two-year limit to apply for enforcement
  // (民事诉讼法 Art. 250), a reminder to the parties.
  enforcementApplication: { rule: { amount: 24, unit: 'months' }, warnDays: 30 },
};

function requireValidRule(rule: DeadlineRule): void {
  const knownUnit = (deadlineUnits as readonly string[]).includes(rule.unit);
  if (!knownUnit || !Number.isInteger(rule.amount) || rule.amount < 0) {
    throw new AppError('INVALID_DEADLINE_RULE', { amount: rule.amount, unit: rule.unit });
  }
}

function addRule(
  start: CalendarDate,
  rule: DeadlineRule,
  calendar: WorkingDayCalendar,
): CalendarDate {
  switch (rule.unit) {
    case 'working_days':
      return calendar.addWorkingDays(start, rule.amount);
    case 'calendar_days':
      return addCalendarDays(start, rule.amount);
    case 'months':
      return addMonths(start, rule.amount);
  }
}

/**
 * The last day of a period starting on `start`. The start day is not counted (Civil Code
 * Art. 201); months end on the corresponding day or the month's last day (Art. 202); a period
 * ending on a day off runs to the next working day (Art. 203, 民事诉讼法 Art. 85).
 */
export function computeDueDate(
  start: CalendarDate,
  rule: DeadlineRule,
  calendar: WorkingDayCalendar,
): CalendarDate {
  requireValidRule(rule);
  return calendar.firstWorkingDayOnOrAfter(addRule(start, rule, calendar));
}

export type DeadlineState = 'on_track' | 'due_soon' | 'overdue';

/** Overdue only once the due day has passed; due soon from `warnDays` days before it. */
export function deadlineState(
  due: CalendarDate,
  today: CalendarDate,
  warnDays: number,
): DeadlineState {
  if (!Number.isInteger(warnDays) || warnDays < 0) {
    throw new AppError('INVALID_DEADLINE_RULE', { warnDays });
  }
  const daysLeft = calendarDaysBetween(today, due);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= warnDays ? 'due_soon' : 'on_track';
}
