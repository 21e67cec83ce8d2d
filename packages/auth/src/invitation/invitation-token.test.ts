import { newId } from '@concord/db/id';
import { describe, expect, it } from 'vitest';
import { generateInvitationToken, parseInvitationToken } from './invitation-token.ts';

describe('invitation tokens', () => {
  it('carry the tenant, the invitation and a 160-bit secret', () => {
    const ids = { tenantId: newId(), invitationId: newId() };
    const { token, secret } = generateInvitationToken(ids);
    expect(token).toBe(`${ids.tenantId}.${ids.invitationId}.${secret}`);
    expect(parseInvitationToken(token)).toEqual({ ...ids, secret });
  });

  it('refuse malformed input', () => {
    const { token, tenantId, invitationId } = generateInvitationToken({
      tenantId: newId(),
      invitationId: newId(),
    });
    expect(parseInvitationToken(`${tenantId}.${invitationId}`)).toBeNull();
    expect(parseInvitationToken(`${token}.x`)).toBeNull();
    expect(parseInvitationToken(`not-a-uuid.${invitationId}.${'a'.repeat(32)}`)).toBeNull();
    expect(parseInvitationToken(token.toUpperCase())).toBeNull();
  });
});
