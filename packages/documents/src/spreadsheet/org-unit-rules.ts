// The rules an org-unit row must satisfy on its own: tier, division-code shape, the code's
// relation to its parent's, names and counts. Pure; the file reader and any form share them.
//
// Division codes follow GB/T 2260 statistical codes: 12 digits = province (2) + city (2) +
// county (2) + town (3) + village (3). Resident units (tier 4) extend their village's code by
// 3 digits, 15 in all. Tiers are 1 county, 2 town, 3 village/community, 4 resident unit; their
// display names are the tenant's, so only the numbers are known here.

export type OrgUnitTier = 1 | 2 | 3 | 4;

export const DEFAULT_MAX_NAME_LENGTH = 50;

/** PostgreSQL `integer`, the column type of population and households. */
const MAX_COUNT = 2_147_483_647;

const CODE_SHAPES: Record<OrgUnitTier, RegExp> = {
  // County: its 6-digit county code, then zeros; positions 5–6 are not 00 (that is a city).
  1: /^\d{4}(?!00)\d{2}000000$/,
  // Town: a non-zero town part, village part 000.
  2: /^\d{6}(?!000)\d{3}000$/,
  // Village: a non-zero village part under the town's first 9 digits.
  3: /^\d{9}(?!000)\d{3}$/,
  // Resident unit: the village's 12 digits and a non-zero 3-digit suffix.
  4: /^\d{12}(?!000)\d{3}$/,
};

/** How many leading digits a unit shares with its parent's code. */
const PARENT_PREFIX_LENGTH: Record<OrgUnitTier, number> = { 1: 0, 2: 6, 3: 9, 4: 12 };

/** `1`–`4` (as text or as a spreadsheet number such as `2.0`) → the tier; anything else → null. */
export function parseTier(raw: string): OrgUnitTier | null {
  const match = /^([1-4])(?:\.0*)?$/.exec(raw.trim());
  return match ? (Number(match[1]) as OrgUnitTier) : null;
}

export function isDivisionCodeShapeValid(code: string, tier: OrgUnitTier): boolean {
  return CODE_SHAPES[tier].test(code);
}

/**
 * Whether `code` sits under `parentCode` by its digits: a town shares its county's first 6
 * digits, a village its town's first 9, a resident unit is its village's code plus 3 digits.
 * A county has no parent in the system, so nothing matches.
 */
export function parentPrefixMatches(code: string, tier: OrgUnitTier, parentCode: string): boolean {
  if (tier === 1) return false;
  const length = PARENT_PREFIX_LENGTH[tier];
  if (!/^\d{12}$/.test(parentCode)) return false;
  return code.slice(0, length) === parentCode.slice(0, length);
}

/** A unit sits exactly one tier below its parent. */
export function isTierBelowParent(tier: OrgUnitTier, parentTier: number): boolean {
  return parentTier === tier - 1;
}

export type CountParse = { ok: true; value: number | null } | { ok: false };

/**
 * Population and households: blank → null; a non-negative whole number, with or without
 * thousands separators (`12,345`) or a spreadsheet's `.0`; anything else is invalid.
 */
export function parseCount(raw: string): CountParse {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.0*)?$/.test(text)) return { ok: false };
  const value = Number(text.replace(/,/g, '').replace(/\.0*$/, ''));
  return value <= MAX_COUNT ? { ok: true, value } : { ok: false };
}

/** Length in characters as a reader counts them (a CJK extension character counts once). */
export function nameLength(name: string): number {
  return [...name].length;
}
