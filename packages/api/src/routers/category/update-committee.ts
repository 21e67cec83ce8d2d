import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { disputeCategory, industryCommittee, type tenant } from '@concord/db/schema';
import { and, count, eq, isNull } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import {
  requireCommittee,
  requireFreeCommitteeName,
  rethrowNameTaken,
} from './find-configuration-rows.ts';

type CommitteeChange =
  | { kind: 'rename'; name: string }
  | { kind: 'retire'; now: Date }
  | { kind: 'restore' };

const actions = {
  rename: 'committee.renamed',
  retire: 'committee.retired',
  restore: 'committee.restored',
} as const;

/**
 * Renames, retires or restores an industry committee; never deletes one (cases routed to it
 * keep pointing at it). A committee still the default of an active category cannot retire:
 * new cases of that category would be routed to a committee that no longer takes any.
 */
export async function updateCommittee(
  tx: Transaction,
  options: {
    county: typeof tenant.$inferSelect;
    committeeId: string;
    change: CommitteeChange;
    actorUserId: string;
  },
): Promise<{ changed: boolean }> {
  const { county, change } = options;
  const before = await requireCommittee(tx, county, options.committeeId);
  let set: Partial<typeof industryCommittee.$inferInsert>;
  switch (change.kind) {
    case 'rename':
      if (change.name === before.name) return { changed: false };
      await requireFreeCommitteeName(tx, county, change.name, before.id);
      set = { name: change.name };
      break;
    case 'retire': {
      if (before.retiredAt) return { changed: false };
      const [usage] = await tx
        .select({ categories: count() })
        .from(disputeCategory)
        .where(
          and(
            eq(disputeCategory.countyId, county.countyId),
            eq(disputeCategory.committeeId, before.id),
            isNull(disputeCategory.retiredAt),
          ),
        );
      if (usage && usage.categories > 0)
        throw apiError('CONFLICT', { reason: 'COMMITTEE_IN_USE', categories: usage.categories });
      set = { retiredAt: change.now };
      break;
    }
    case 'restore':
      if (!before.retiredAt) return { changed: false };
      set = { retiredAt: null };
      break;
  }
  try {
    await tx
      .update(industryCommittee)
      .set(set)
      .where(
        and(eq(industryCommittee.countyId, before.countyId), eq(industryCommittee.id, before.id)),
      );
  } catch (error) {
    rethrowNameTaken(error, 'industry_committee_county_tenant_name_key');
  }
  await writeAudit(tx, {
    countyId: county.countyId,
    tenantId: county.id,
    actorUserId: options.actorUserId,
    action: actions[change.kind],
    targetType: 'industry_committee',
    targetId: before.id,
    detail: {
      name: before.name,
      ...(change.kind === 'rename'
        ? { changes: { name: { from: before.name, to: change.name } } }
        : {}),
    },
  });
  return { changed: true };
}
