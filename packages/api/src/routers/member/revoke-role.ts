import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { membership, type tenant } from '@concord/db/schema';
import { and, eq, ne } from 'drizzle-orm';
import { apiError } from '../../errors.ts';

const ADMIN_ROLES = new Set(['county_admin', 'town_admin']);

/** Removes one role; the last administrator of a tenant cannot be removed (no lock-out). */
export async function revokeRole(
  tx: Transaction,
  options: { tenant: typeof tenant.$inferSelect; membershipId: string; actorUserId: string },
) {
  const { tenant: current } = options;
  const [target] = await tx
    .select()
    .from(membership)
    .where(and(eq(membership.id, options.membershipId), eq(membership.tenantId, current.id)));
  if (!target) throw apiError('NOT_FOUND');
  if (ADMIN_ROLES.has(target.role)) {
    const others = await tx
      .select({ id: membership.id })
      .from(membership)
      .where(
        and(
          eq(membership.tenantId, current.id),
          eq(membership.role, target.role),
          ne(membership.id, target.id),
        ),
      );
    if (others.length === 0) throw apiError('CONFLICT', { reason: 'LAST_ADMIN' });
  }
  await tx
    .delete(membership)
    .where(and(eq(membership.countyId, target.countyId), eq(membership.id, target.id)));
  await writeAudit(tx, {
    countyId: current.countyId,
    tenantId: current.id,
    actorUserId: options.actorUserId,
    action: 'membership.role_revoked',
    targetType: 'user',
    targetId: target.userId,
    detail: { role: target.role },
  });
  return { revoked: true };
}
