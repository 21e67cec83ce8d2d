import { addMonths, type CalendarDate, toEpochDay } from '../calendar/calendar-date.ts';

/** The three-colour warning (三色预警, DOMAIN.md §8), most severe first. */
export const riskColours = ['red', 'yellow', 'blue'] as const;

export type RiskColour = (typeof riskColours)[number];

/** Sort comparator putting the most severe colour first. */
export function compareRiskColours(a: RiskColour, b: RiskColour): number {
  return riskColours.indexOf(a) - riskColours.indexOf(b);
}

/** Every red item gets a "one person one plan" (一人一策) contingency plan. */
export function requiresContingencyPlan(colour: RiskColour): boolean {
  return colour === 'red';
}

/**
 * Ratings are renewed each calendar month, in step with the monthly screening meeting and the
 * monthly report, so the next one falls due on the first day of the following month.
 */
export function nextReRatingDate(lastRatedAt: CalendarDate): CalendarDate {
  return `${addMonths(lastRatedAt, 1).slice(0, 7)}-01`;
}

export function reRatingDue(lastRatedAt: CalendarDate, today: CalendarDate): boolean {
  return toEpochDay(today) >= toEpochDay(nextReRatingDate(lastRatedAt));
}
