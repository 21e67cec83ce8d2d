// Lookups shared by the category and committee use cases: rows of the county, by id.
import type { Transaction } from '@concord/db/client';
import { disputeCategory, industryCommittee, type tenant } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { isUniqueViolation } from '../county/is-unique-violation.ts';

type County = Pick<typeof tenant.$inferSelect, 'id' | 'countyId'>;

/** Another county's id and a made-up one both answer NOT_FOUND. */
export async function requireCategory(tx: Transaction, county: County, categoryId: string) {
  const [found] = await tx
    .select()
    .from(disputeCategory)
    .where(
      and(
        eq(disputeCategory.countyId, county.countyId),
        eq(disputeCategory.tenantId, county.id),
        eq(disputeCategory.id, categoryId),
      ),
    );
  if (!found) throw apiError('NOT_FOUND');
  return found;
}

export async function requireCommittee(tx: Transaction, county: County, committeeId: string) {
  const [found] = await tx
    .select()
    .from(industryCommittee)
    .where(
      and(
        eq(industryCommittee.countyId, county.countyId),
        eq(industryCommittee.tenantId, county.id),
        eq(industryCommittee.id, committeeId),
      ),
    );
  if (!found) throw apiError('NOT_FOUND');
  return found;
}

/** A committee a category may point to: the county's and not retired. */
export async function requireActiveCommittee(tx: Transaction, county: County, committeeId: string) {
  const found = await requireCommittee(tx, county, committeeId);
  if (found.retiredAt)
    throw apiError('VALIDATION_FAILED', { field: 'committeeId', reason: 'COMMITTEE_RETIRED' });
  return found;
}

export async function requireFreeCategoryName(
  tx: Transaction,
  county: County,
  name: string,
  exceptId?: string,
) {
  const [taken] = await tx
    .select({ id: disputeCategory.id })
    .from(disputeCategory)
    .where(
      and(
        eq(disputeCategory.countyId, county.countyId),
        eq(disputeCategory.tenantId, county.id),
        eq(disputeCategory.name, name),
      ),
    );
  if (taken && taken.id !== exceptId) throw apiError('CONFLICT', { reason: 'NAME_TAKEN' });
}

export async function requireFreeCommitteeName(
  tx: Transaction,
  county: County,
  name: string,
  exceptId?: string,
) {
  const [taken] = await tx
    .select({ id: industryCommittee.id })
    .from(industryCommittee)
    .where(
      and(
        eq(industryCommittee.countyId, county.countyId),
        eq(industryCommittee.tenantId, county.id),
        eq(industryCommittee.name, name),
      ),
    );
  if (taken && taken.id !== exceptId) throw apiError('CONFLICT', { reason: 'NAME_TAKEN' });
}

/** A race past the name pre-checks ends in the unique index: the same refusal. */
export function rethrowNameTaken(error: unknown, constraint: string): never {
  if (isUniqueViolation(error, constraint)) throw apiError('CONFLICT', { reason: 'NAME_TAKEN' });
  throw error;
}
