import type { Database } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { invitation, membership, type Role } from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { writeAudit } from '../audit/write-audit.ts';
import { AuthError } from '../auth-error.ts';
import { hashSecret } from '../crypto/hash-secret.ts';
import { createUser } from '../user/create-user.ts';
import { findUserByLogin } from '../user/find-user-by-login.ts';
import { normalizeLogin } from '../user/normalize-login.ts';
import { parseInvitationToken } from './invitation-token.ts';

/**
 * Accepts an invitation from its link. Nobody is signed in yet, so the lookup runs under a
 * system scope naming only the tenant the token carries. A person without an account chooses a
 * password here; one with an account (the same login) gets the membership added to it — holding
 * the link sent to that login is the proof. The invitation is claimed by a conditional UPDATE,
 * so of two concurrent acceptances exactly one succeeds; a failure later in the transaction
 * (e.g. a weak password) rolls the claim back.
 */
export async function acceptInvitation(
  db: Database,
  options: { token: string; password?: string; displayName?: string; now: Date },
): Promise<{
  userId: string;
  userCreated: boolean;
  countyId: string;
  tenantId: string;
  role: Role;
}> {
  const { now } = options;
  const parsed = parseInvitationToken(options.token);
  if (!parsed) throw new AuthError('INVITATION_INVALID');
  return withScope(db, systemScope([parsed.tenantId]), async (tx) => {
    const where = and(
      eq(invitation.tenantId, parsed.tenantId),
      eq(invitation.id, parsed.invitationId),
    );
    const [found] = await tx.select().from(invitation).where(where);
    if (!found || !constantTimeEqual(hashSecret(parsed.secret), found.tokenHash))
      throw new AuthError('INVITATION_INVALID');
    if (found.revokedAt) throw new AuthError('INVITATION_REVOKED');
    if (found.acceptedAt) throw new AuthError('INVITATION_USED');
    if (found.expiresAt.getTime() <= now.getTime()) throw new AuthError('INVITATION_EXPIRED');

    const claimed = await tx
      .update(invitation)
      .set({ acceptedAt: now })
      .where(
        and(
          where,
          isNull(invitation.acceptedAt),
          isNull(invitation.revokedAt),
          gt(invitation.expiresAt, now),
        ),
      )
      .returning({ id: invitation.id });
    if (claimed.length === 0) throw new AuthError('INVITATION_USED');

    const login = normalizeLogin(found.login);
    if (!login) throw new AuthError('INVITATION_INVALID');
    const existing = await findUserByLogin(tx, { login });
    let userId = existing?.id;
    if (!userId) {
      if (!options.password) throw new AuthError('PASSWORD_REQUIRED');
      const displayName = options.displayName?.trim() || found.displayName;
      ({ id: userId } = await createUser(tx, {
        login,
        displayName,
        password: options.password,
        now,
      }));
    }
    await tx.update(invitation).set({ acceptedBy: userId }).where(where);

    const tenant = { countyId: found.countyId, tenantId: found.tenantId };
    const membershipId = newId(now.getTime());
    const inserted = await tx
      .insert(membership)
      .values({ ...tenant, id: membershipId, userId, role: found.role, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: membership.id });
    await writeAudit(tx, {
      ...tenant,
      actorUserId: userId,
      action: 'invitation.accepted',
      targetType: 'invitation',
      targetId: found.id,
      detail: { role: found.role, userCreated: !existing },
    });
    if (inserted.length > 0)
      await writeAudit(tx, {
        ...tenant,
        actorUserId: userId,
        action: 'membership.created',
        targetType: 'membership',
        targetId: membershipId,
        detail: { userId, role: found.role, invitationId: found.id },
      });
    return { userId, userCreated: !existing, ...tenant, role: found.role };
  });
}
