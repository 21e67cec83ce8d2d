// The division-code checks of manual create, update and move: the domain's shape and
// parent-prefix rules (the ones the file import applies), the town's prefix, uniqueness in the
// county, and the children's codes.
import type { Transaction } from '@concord/db/client';
import { orgUnit } from '@concord/db/schema';
import {
  divisionCodeLength,
  isDivisionCodeShapeValid,
  isOrgUnitTier,
  type OrgUnitTier,
  parentCodePrefix,
  parentPrefixMatches,
} from '@concord/domain/org-unit/division-code';
import { and, eq, isNotNull } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { isUniqueViolation } from '../county/is-unique-violation.ts';
import { outsideTown, type Town } from './town-units.ts';

/** Levels are 1–4 by the tiers setting; any other is corrupt data, not the user's input. */
function tierOf(level: number): OrgUnitTier {
  if (!isOrgUnitTier(level)) throw new Error(`org unit tier level ${level} is outside 1–4`);
  return level;
}

const invalid = (reason: string, details: Record<string, unknown> = {}) =>
  apiError('VALIDATION_FAILED', { field: 'divisionCode', reason, ...details });

/**
 * Refuses a code that does not have its tier's shape, does not extend its parent's code, or
 * lies outside the town. A parent without a code (older data) leaves only the town's prefix.
 */
export function requireCodeFits(
  town: Town,
  options: { code: string; tierLevel: number; parentCode: string | null },
): void {
  const { code, parentCode } = options;
  const tier = tierOf(options.tierLevel);
  if (!isDivisionCodeShapeValid(code, tier))
    throw invalid('DIVISION_CODE_SHAPE', { digits: divisionCodeLength(tier) });
  if (parentCode !== null && !parentPrefixMatches(code, tier, parentCode))
    throw invalid('PARENT_PREFIX_MISMATCH', {
      divisionCode: code,
      prefix: parentCodePrefix(tier, parentCode) ?? parentCode,
    });
  if (outsideTown(town, code)) throw invalid('OUTSIDE_TOWN');
}

/** Refuses a code another unit of the county holds, among those this scope can see. */
async function requireCodeFree(tx: Transaction, town: Town, code: string): Promise<void> {
  const [taken] = await tx
    .select({ id: orgUnit.id })
    .from(orgUnit)
    .where(and(eq(orgUnit.countyId, town.countyId), eq(orgUnit.divisionCode, code)));
  if (taken) throw apiError('CONFLICT', { reason: 'DIVISION_CODE_TAKEN' });
}

/** Refuses a new code for a unit whose children's codes would no longer extend it. */
async function requireChildrenFit(
  tx: Transaction,
  unit: { id: string; countyId: string },
  code: string,
): Promise<void> {
  const children = await tx
    .select({ divisionCode: orgUnit.divisionCode, tierLevel: orgUnit.tierLevel })
    .from(orgUnit)
    .where(
      and(
        eq(orgUnit.countyId, unit.countyId),
        eq(orgUnit.parentId, unit.id),
        isNotNull(orgUnit.divisionCode),
      ),
    );
  const misfits = children.filter(
    (child) => !parentPrefixMatches(child.divisionCode!, tierOf(child.tierLevel), code),
  );
  if (misfits.length > 0)
    throw apiError('CONFLICT', {
      reason: 'CHILD_CODES_MISMATCH',
      count: misfits.length,
      childCode: misfits[0]!.divisionCode,
    });
}

/**
 * Everything a code must satisfy to be given to a unit: it fits where the unit hangs, no other
 * unit of the county holds it and, for an existing unit, its children's codes still extend it.
 */
export async function requireNewCodeAllowed(
  tx: Transaction,
  town: Town,
  options: {
    code: string;
    tierLevel: number;
    parentCode: string | null;
    unit: { id: string; countyId: string } | null;
  },
): Promise<void> {
  requireCodeFits(town, options);
  await requireCodeFree(tx, town, options.code);
  if (options.unit) await requireChildrenFit(tx, options.unit, options.code);
}

/** Runs a write that sets a code; a clash with a unit this scope cannot see (another town's). */
export async function writingCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'org_unit_county_division_code_key'))
      throw apiError('CONFLICT', { reason: 'DIVISION_CODE_TAKEN' });
    throw error;
  }
}
