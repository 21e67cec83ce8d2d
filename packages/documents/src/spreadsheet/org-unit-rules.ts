// The rules an org-unit row must satisfy on its own: tier, division-code shape, the code's
// relation to its parent's, names and counts. Pure. The code rules are the domain's, shared with
// the API's manual create, update and move; re-exported so the reader has one place to import.
//
// Tiers are 1 county, 2 town, 3 village/community, 4 resident unit; their display names are the
// tenant's, so only the numbers are known here.

import type { OrgUnitTier } from '@concord/domain/org-unit/division-code';

export {
  isDivisionCodeShapeValid,
  type OrgUnitTier,
  parentPrefixMatches,
} from '@concord/domain/org-unit/division-code';

export const DEFAULT_MAX_NAME_LENGTH = 50;

/** PostgreSQL `integer`, the column type of population and households. */
const MAX_COUNT = 2_147_483_647;

/** `1`–`4` (as text or as a spreadsheet number such as `2.0`) → the tier; anything else → null. */
export function parseTier(raw: string): OrgUnitTier | null {
  const match = /^([1-4])(?:\.0*)?$/.exec(raw.trim());
  return match ? (Number(match[1]) as OrgUnitTier) : null;
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
