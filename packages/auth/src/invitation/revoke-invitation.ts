import { invitation } from '@concord/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { writeAudit } from '../audit/write-audit.ts';
import { AuthError } from '../auth-error.ts';
import type { Executor } from '../executor.ts';

/**
 * Withdraws a pending invitation, in the caller's tenant-scoped transaction. An id of another
 * tenant is simply not found (row-level security), like an accepted or revoked one.
 */
export async function revokeInvitation(
  tx: Executor,
  options: { invitationId: string; revokedBy: string; now: Date },
): Promise<void> {
  const [revoked] = await tx
    .update(invitation)
    .set({ revokedAt: options.now })
    .where(
      and(
        eq(invitation.id, options.invitationId),
        isNull(invitation.acceptedAt),
        isNull(invitation.revokedAt),
      ),
    )
    .returning({ countyId: invitation.countyId, tenantId: invitation.tenantId });
  if (!revoked) throw new AuthError('INVITATION_INVALID');
  await writeAudit(tx, {
    ...revoked,
    actorUserId: options.revokedBy,
    action: 'invitation.revoked',
    targetType: 'invitation',
    targetId: options.invitationId,
  });
}
