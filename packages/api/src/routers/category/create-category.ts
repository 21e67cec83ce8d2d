import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { disputeCategory, type tenant } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import {
  requireActiveCommittee,
  requireFreeCategoryName,
  rethrowNameTaken,
} from './find-configuration-rows.ts';

/**
 * A local dispute type under one national type, so reports upward need no re-keying
 * (DOMAIN.md §5). It follows its parent's list version and sorts beside it.
 */
export async function createCategory(
  tx: Transaction,
  options: {
    county: typeof tenant.$inferSelect;
    name: string;
    nationalCode: string;
    defaultTierLevel: number;
    committeeId: string | null;
    actorUserId: string;
  },
): Promise<{ categoryId: string }> {
  const { county } = options;
  const [parent] = await tx
    .select()
    .from(disputeCategory)
    .where(
      and(
        eq(disputeCategory.countyId, county.countyId),
        eq(disputeCategory.tenantId, county.id),
        eq(disputeCategory.origin, 'national'),
        eq(disputeCategory.nationalCode, options.nationalCode),
      ),
    );
  if (!parent)
    throw apiError('VALIDATION_FAILED', { field: 'nationalCode', reason: 'UNKNOWN_NATIONAL_CODE' });
  if (parent.retiredAt)
    throw apiError('VALIDATION_FAILED', { field: 'nationalCode', reason: 'PARENT_RETIRED' });
  if (options.committeeId) await requireActiveCommittee(tx, county, options.committeeId);
  await requireFreeCategoryName(tx, county, options.name);

  const categoryId = newId();
  try {
    await tx.insert(disputeCategory).values({
      countyId: county.countyId,
      tenantId: county.id,
      id: categoryId,
      nationalCode: parent.nationalCode,
      origin: 'local',
      name: options.name,
      listVersion: parent.listVersion,
      defaultTierLevel: options.defaultTierLevel,
      committeeId: options.committeeId,
      sortOrder: parent.sortOrder,
    });
  } catch (error) {
    rethrowNameTaken(error, 'dispute_category_county_tenant_name_key');
  }
  await writeAudit(tx, {
    countyId: county.countyId,
    tenantId: county.id,
    actorUserId: options.actorUserId,
    action: 'category.created',
    targetType: 'dispute_category',
    targetId: categoryId,
    detail: {
      name: options.name,
      nationalCode: parent.nationalCode,
      defaultTierLevel: options.defaultTierLevel,
      committeeId: options.committeeId,
    },
  });
  return { categoryId };
}
