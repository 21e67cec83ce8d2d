import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, fromEpochDay } from '../calendar/calendar-date.ts';
import {
  compareRiskColours,
  nextReRatingDate,
  type RiskColour,
  requiresContingencyPlan,
  reRatingDue,
  riskColours,
} from './risk-colour.ts';

describe('risk colours', () => {
  it('sort the most severe first', () => {
    const items: RiskColour[] = ['blue', 'red', 'yellow', 'blue', 'red'];
    expect(items.sort(compareRiskColours)).toEqual(['red', 'red', 'yellow', 'blue', 'blue']);
    expect(compareRiskColours('yellow', 'yellow')).toBe(0);
  });

  it.each(riskColours)('%s needs a contingency plan only when red', (colour) => {
    expect(requiresContingencyPlan(colour)).toBe(colour === 'red');
  });
});

describe('monthly re-rating', () => {
  it.each([
    ['2025-11-02', '2025-12-01'],
    ['2025-11-30', '2025-12-01'],
    ['2025-12-15', '2026-01-01'],
    ['2025-01-31', '2025-02-01'],
  ])('a rating of %s is next due on %s', (lastRatedAt, due) => {
    expect(nextReRatingDate(lastRatedAt)).toBe(due);
  });

  it.each([
    ['2025-11-02', '2025-11-30', false],
    ['2025-11-02', '2025-12-01', true],
    ['2025-11-30', '2025-12-01', true],
    ['2025-12-31', '2026-01-01', true],
    ['2025-10-15', '2025-12-20', true],
    ['2025-11-15', '2025-11-15', false],
  ] as const)('rated %s, on %s due: %s', (lastRatedAt, today, due) => {
    expect(reRatingDue(lastRatedAt, today)).toBe(due);
  });

  it('refuses a malformed date', () => {
    expect(() => reRatingDue('2025-02-30', '2025-03-01')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  it('is due exactly when the calendar month has changed', () => {
    const dates = fc.integer({ min: 18_262, max: 21_914 }).map(fromEpochDay);
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 120 }), (lastRatedAt, elapsed) => {
        const today = addCalendarDays(lastRatedAt, elapsed);
        return reRatingDue(lastRatedAt, today) === today.slice(0, 7) > lastRatedAt.slice(0, 7);
      }),
    );
  });
});
