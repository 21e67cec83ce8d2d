import { newId } from '@concord/db/id';
import { invitation, type Role } from '@concord/db/schema';
import { writeAudit } from '../audit/write-audit.ts';
import { AuthError } from '../auth-error.ts';
import { hashSecret } from '../crypto/hash-secret.ts';
import type { Executor } from '../executor.ts';
import { normalizeLogin } from '../user/normalize-login.ts';
import { generateInvitationToken } from './invitation-token.ts';

const DEFAULT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Invites a person (by e-mail or mobile number) to a role in a tenant. Runs in the caller's
 * transaction scoped to that tenant; row-level security refuses any other tenant. Returns the
 * single-use token for the link, which is shown or sent once and never stored.
 */
export async function createInvitation(
  tx: Executor,
  options: {
    tenant: { id: string; countyId: string };
    login: string;
    displayName: string;
    role: Role;
    invitedBy: string;
    ttlMs?: number;
    now: Date;
  },
): Promise<{ token: string; invitationId: string; expiresAt: Date }> {
  const { tenant, now } = options;
  const login = normalizeLogin(options.login);
  if (!login) throw new AuthError('LOGIN_INVALID');
  const invitationId = newId(now.getTime());
  const { token, secret } = generateInvitationToken({ tenantId: tenant.id, invitationId });
  const expiresAt = new Date(now.getTime() + (options.ttlMs ?? DEFAULT_TTL_MS));
  await tx.insert(invitation).values({
    countyId: tenant.countyId,
    tenantId: tenant.id,
    id: invitationId,
    login: login.value,
    displayName: options.displayName.trim(),
    role: options.role,
    tokenHash: hashSecret(secret),
    invitedBy: options.invitedBy,
    expiresAt,
    createdAt: now,
  });
  await writeAudit(tx, {
    countyId: tenant.countyId,
    tenantId: tenant.id,
    actorUserId: options.invitedBy,
    action: 'invitation.created',
    targetType: 'invitation',
    targetId: invitationId,
    detail: { role: options.role, expiresAt: expiresAt.toISOString() },
  });
  return { token, invitationId, expiresAt };
}
