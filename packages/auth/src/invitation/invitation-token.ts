// Invitation links carry `<tenantId>.<invitationId>.<secret>`. The invitation table is under
// row-level security, so the tenant id says which scope to look in; only SHA-256 of the secret
// is stored, and the ids alone give nothing away.
import { randomSecret } from '../crypto/random-secret.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET = /^[a-z2-7]{32}$/;

export interface InvitationToken {
  tenantId: string;
  invitationId: string;
  secret: string;
}

export function generateInvitationToken(ids: {
  tenantId: string;
  invitationId: string;
}): InvitationToken & {
  token: string;
} {
  const secret = randomSecret();
  return { ...ids, secret, token: `${ids.tenantId}.${ids.invitationId}.${secret}` };
}

/** Null for anything not shaped like an invitation token. */
export function parseInvitationToken(token: string): InvitationToken | null {
  const [tenantId, invitationId, secret, ...rest] = token.trim().split('.');
  if (rest.length > 0 || !tenantId || !invitationId || !secret) return null;
  if (!UUID.test(tenantId) || !UUID.test(invitationId) || !SECRET.test(secret)) return null;
  return { tenantId, invitationId, secret };
}
