import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { industryCommittee, type tenant } from '@concord/db/schema';
import { requireFreeCommitteeName, rethrowNameTaken } from './find-configuration-rows.ts';

/** A committee the county adds (no stable code: only the defaults have one). */
export async function createCommittee(
  tx: Transaction,
  options: { county: typeof tenant.$inferSelect; name: string; actorUserId: string },
): Promise<{ committeeId: string }> {
  const { county } = options;
  await requireFreeCommitteeName(tx, county, options.name);
  const committeeId = newId();
  try {
    await tx.insert(industryCommittee).values({
      countyId: county.countyId,
      tenantId: county.id,
      id: committeeId,
      code: null,
      name: options.name,
    });
  } catch (error) {
    rethrowNameTaken(error, 'industry_committee_county_tenant_name_key');
  }
  await writeAudit(tx, {
    countyId: county.countyId,
    tenantId: county.id,
    actorUserId: options.actorUserId,
    action: 'committee.created',
    targetType: 'industry_committee',
    targetId: committeeId,
    detail: { name: options.name },
  });
  return { committeeId };
}
