import { writeAudit } from '@concord/auth/audit/write-audit';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { membership, type Role, type tenant } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { apiError } from '../../errors.ts';
import { roleFitsTenant } from './role-fits-tenant.ts';

/** Adds a role to someone who is already a member of this tenant (invitations bring new people). */
export async function grantRole(
  tx: Transaction,
  options: { tenant: typeof tenant.$inferSelect; userId: string; role: Role; actorUserId: string },
) {
  const { tenant: current, userId, role } = options;
  if (!roleFitsTenant(role, current.kind)) throw apiError('VALIDATION_FAILED', { field: 'role' });
  const held = await tx
    .select({ role: membership.role })
    .from(membership)
    .where(and(eq(membership.tenantId, current.id), eq(membership.userId, userId)));
  if (held.length === 0) throw apiError('NOT_FOUND');
  if (held.some((row) => row.role === role)) return { membershipId: null, alreadyHeld: true };
  const membershipId = newId();
  await tx
    .insert(membership)
    .values({ countyId: current.countyId, tenantId: current.id, id: membershipId, userId, role });
  await writeAudit(tx, {
    countyId: current.countyId,
    tenantId: current.id,
    actorUserId: options.actorUserId,
    action: 'membership.role_granted',
    targetType: 'user',
    targetId: userId,
    detail: { role },
  });
  return { membershipId, alreadyHeld: false };
}
