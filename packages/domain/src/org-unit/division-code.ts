// Division codes of org units: the shape a tier's code takes and how it extends its parent's.
// One set of rules for the spreadsheet reader and the API's create, update and move.
//
// GB/T 2260 statistical codes: 12 digits = province (2) + city (2) + county (2) + town (3) +
// village (3). Resident units (tier 4) extend their village's code by 3 digits, 15 in all. Tiers
// are 1 county, 2 town, 3 village/community, 4 resident unit.

export type OrgUnitTier = 1 | 2 | 3 | 4;

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

export function isOrgUnitTier(level: number): level is OrgUnitTier {
  return level === 1 || level === 2 || level === 3 || level === 4;
}

export function isDivisionCodeShapeValid(code: string, tier: OrgUnitTier): boolean {
  return CODE_SHAPES[tier].test(code);
}

/** Digits in a code of the tier: 15 for a resident unit, 12 for the others. */
export function divisionCodeLength(tier: OrgUnitTier): number {
  return tier === 4 ? 15 : 12;
}

/**
 * The digits a code of `tier` must start with under `parentCode`: a town its county's first 6,
 * a village its town's first 9, a resident unit its village's whole code. Null when there is
 * nothing to extend: a county has no parent in the system, and parents have 12-digit codes.
 */
export function parentCodePrefix(tier: OrgUnitTier, parentCode: string): string | null {
  if (tier === 1 || !/^\d{12}$/.test(parentCode)) return null;
  return parentCode.slice(0, PARENT_PREFIX_LENGTH[tier]);
}

/** Whether `code` sits under `parentCode` by its digits (the tiers themselves are not checked). */
export function parentPrefixMatches(code: string, tier: OrgUnitTier, parentCode: string): boolean {
  const prefix = parentCodePrefix(tier, parentCode);
  return prefix !== null && code.startsWith(prefix);
}
