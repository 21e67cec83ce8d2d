// What the invitation page shows before accepting: who invites whom to which tenant and role.
// The token's secret is checked first, so ids alone reveal nothing.
import { hashSecret } from '@concord/auth/crypto/hash-secret';
import type { InvitationToken } from '@concord/auth/invitation/invitation-token';
import { findUserByLogin } from '@concord/auth/user/find-user-by-login';
import { normalizeLogin } from '@concord/auth/user/normalize-login';
import type { Database } from '@concord/db/client';
import { invitation, tenant } from '@concord/db/schema';
import { systemScope, withScope } from '@concord/db/scope';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { and, eq } from 'drizzle-orm';

export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export async function previewInvitation(
  db: Database,
  options: { token: InvitationToken; now: Date },
) {
  const { token, now } = options;
  return withScope(db, systemScope([token.tenantId]), async (tx) => {
    const [found] = await tx
      .select({ invitation, tenantName: tenant.name, tenantSlug: tenant.slug })
      .from(invitation)
      .innerJoin(tenant, eq(tenant.id, invitation.tenantId))
      .where(and(eq(invitation.tenantId, token.tenantId), eq(invitation.id, token.invitationId)));
    if (!found || !constantTimeEqual(hashSecret(token.secret), found.invitation.tokenHash))
      return null;
    const { acceptedAt, revokedAt, expiresAt } = found.invitation;
    const state: InvitationState = acceptedAt
      ? 'accepted'
      : revokedAt
        ? 'revoked'
        : expiresAt <= now
          ? 'expired'
          : 'pending';
    const login = normalizeLogin(found.invitation.login);
    const existingUser = login ? Boolean(await findUserByLogin(tx, { login })) : false;
    return {
      state,
      tenantName: found.tenantName,
      tenantSlug: found.tenantSlug,
      role: found.invitation.role,
      displayName: found.invitation.displayName,
      login: found.invitation.login,
      expiresAt,
      existingUser,
    };
  });
}
