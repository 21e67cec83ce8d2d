// For the case routers: a category a new case (or a re-categorised one) may use.
import type { Transaction } from '@concord/db/client';
import { disputeCategory } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';

/**
 * The county's category `categoryId`, readable from a town's transaction too. A retired one is
 * refused (VALIDATION_FAILED, reason CATEGORY_RETIRED); an unknown or another county's id is
 * NOT_FOUND. `countyId` must be `ctx.tenant.countyId`.
 */
export async function requireUsableCategory(
  tx: Transaction,
  options: { countyId: string; categoryId: string },
) {
  const [found] = await tx
    .select()
    .from(disputeCategory)
    .where(
      and(
        eq(disputeCategory.countyId, options.countyId),
        eq(disputeCategory.tenantId, options.countyId),
        eq(disputeCategory.id, options.categoryId),
      ),
    );
  if (!found) throw apiError('NOT_FOUND', { field: 'categoryId' });
  if (found.retiredAt)
    throw apiError('VALIDATION_FAILED', { field: 'categoryId', reason: 'CATEGORY_RETIRED' });
  return found;
}
