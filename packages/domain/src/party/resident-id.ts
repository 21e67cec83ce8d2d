import { type CalendarDate, calendarDateFromParts, toEpochDay } from '../calendar/calendar-date.ts';
import { maskMiddle } from './mask.ts';

// Resident ID numbers per GB 11643-1999: 18 characters, ISO 7064 MOD 11-2 check character.

export const residentIdFailures = [
  'length',
  'characters',
  'region',
  'birth_date',
  'check_digit',
] as const;

export type ResidentIdFailure = (typeof residentIdFailures)[number];

export type ResidentIdResult =
  | { ok: true; value: string; birthDate: CalendarDate; sex: 'male' | 'female' }
  | { ok: false; reason: ResidentIdFailure };

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';
// GB/T 2260 provinces, plus 81/82/83 used on residence permits of Hong Kong, Macao and Taiwan
// residents; a stricter test than "first digit 1–8" that still needs no county list.
const provinceCodes = new Set(
  [
    ['11', '12', '13', '14', '15'],
    ['21', '22', '23'],
    ['31', '32', '33', '34', '35', '36', '37'],
    ['41', '42', '43', '44', '45', '46'],
    ['50', '51', '52', '53', '54'],
    ['61', '62', '63', '64', '65'],
    ['71', '81', '82', '83'],
  ].flat(),
);
const earliestBirthDate = '1900-01-01';

function checkCharacter(first17: string): string {
  let sum = 0;
  for (const [index, weight] of weights.entries()) sum += Number(first17[index]) * weight;
  return checkCharacters[sum % 11] ?? '';
}

function birthDateOf(normalised: string, today: CalendarDate): CalendarDate | null {
  const birthDate = calendarDateFromParts({
    year: Number(normalised.slice(6, 10)),
    month: Number(normalised.slice(10, 12)),
    day: Number(normalised.slice(12, 14)),
  });
  if (birthDate === null || birthDate < earliestBirthDate) return null;
  return toEpochDay(birthDate) <= toEpochDay(today) ? birthDate : null;
}

/**
 * Checks and normalises an ID number as typed: NFKC folds the full-width digits of Chinese
 * input methods, whitespace is dropped and a lower-case check `x` becomes `X`. `today` bounds
 * the birth date; pass the China date (`toChinaDate`) so the rule stays free of the clock.
 */
export function parseResidentId(input: string, today: CalendarDate): ResidentIdResult {
  const normalised = input.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (normalised.length !== 18) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(normalised)) return { ok: false, reason: 'characters' };
  if (!provinceCodes.has(normalised.slice(0, 2))) return { ok: false, reason: 'region' };
  const birthDate = birthDateOf(normalised, today);
  if (birthDate === null) return { ok: false, reason: 'birth_date' };
  if (checkCharacter(normalised) !== normalised[17]) return { ok: false, reason: 'check_digit' };
  const sex = Number(normalised[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value: normalised, birthDate, sex };
}

/** `110***********1234`: the region's first three and the last four characters stay visible. */
export function maskIdNumber(value: string): string {
  return maskMiddle(value, 3, 4);
}
