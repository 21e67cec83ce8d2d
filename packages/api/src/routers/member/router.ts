// A tenant's people: memberships (roles) and invitations.
import { createInvitation } from '@concord/auth/invitation/create-invitation';
import { revokeInvitation } from '@concord/auth/invitation/revoke-invitation';
import { invitation, membership, roles, user } from '@concord/db/schema';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import { activeTenant, can, router, tenantProcedure } from '../../trpc.ts';
import { grantRole } from './grant-role.ts';
import { revokeRole } from './revoke-role.ts';
import { roleFitsTenant } from './role-fits-tenant.ts';

export const ZInviteMemberInput = z.object({
  login: z.string().trim().min(3).max(254),
  displayName: z.string().trim().min(1).max(60),
  role: z.enum(roles),
});
export const ZInvitationIdInput = z.object({ invitationId: z.guid() });
export const ZGrantRoleInput = z.object({ userId: z.guid(), role: z.enum(roles) });
export const ZMembershipIdInput = z.object({ membershipId: z.guid() });

export const memberRouter = router({
  list: tenantProcedure.use(can('tenant:read')).query(({ ctx }) =>
    ctx.tx
      .select({
        membershipId: membership.id,
        userId: membership.userId,
        role: membership.role,
        since: membership.createdAt,
        displayName: user.displayName,
        email: user.email,
        phone: user.phone,
        twoFactor: user.totpEnabledAt,
      })
      .from(membership)
      .innerJoin(user, eq(user.id, membership.userId))
      .where(eq(membership.tenantId, ctx.tenant.id))
      .orderBy(asc(user.displayName), asc(membership.role)),
  ),

  invite: tenantProcedure
    .use(can('member:invite'))
    .use(activeTenant)
    .input(ZInviteMemberInput)
    .mutation(async ({ ctx, input }) => {
      if (!roleFitsTenant(input.role, ctx.tenant.kind))
        throw apiError('VALIDATION_FAILED', { field: 'role' });
      return createInvitation(ctx.tx, {
        ...input,
        tenant: ctx.tenant,
        invitedBy: ctx.auth.user.id,
        now: ctx.now(),
      });
    }),

  listInvitations: tenantProcedure.use(can('member:invite')).query(({ ctx }) =>
    ctx.tx
      .select({
        id: invitation.id,
        login: invitation.login,
        displayName: invitation.displayName,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
        acceptedAt: invitation.acceptedAt,
        revokedAt: invitation.revokedAt,
        createdAt: invitation.createdAt,
      })
      .from(invitation)
      .where(eq(invitation.tenantId, ctx.tenant.id))
      .orderBy(desc(invitation.createdAt))
      .limit(200),
  ),

  revokeInvitation: tenantProcedure
    .use(can('member:invite'))
    .input(ZInvitationIdInput)
    .mutation(async ({ ctx, input }) => {
      const [found] = await ctx.tx
        .select({ id: invitation.id })
        .from(invitation)
        .where(
          and(
            eq(invitation.id, input.invitationId),
            eq(invitation.tenantId, ctx.tenant.id),
            isNull(invitation.acceptedAt),
          ),
        );
      if (!found) throw apiError('NOT_FOUND');
      await revokeInvitation(ctx.tx, {
        invitationId: input.invitationId,
        revokedBy: ctx.auth.user.id,
        now: ctx.now(),
      });
      return { revoked: true };
    }),

  grantRole: tenantProcedure
    .use(can('member:manage'))
    .use(activeTenant)
    .input(ZGrantRoleInput)
    .mutation(({ ctx, input }) =>
      grantRole(ctx.tx, { ...input, tenant: ctx.tenant, actorUserId: ctx.auth.user.id }),
    ),

  revokeRole: tenantProcedure
    .use(can('member:manage'))
    .input(ZMembershipIdInput)
    .mutation(({ ctx, input }) =>
      revokeRole(ctx.tx, { ...input, tenant: ctx.tenant, actorUserId: ctx.auth.user.id }),
    ),
});
