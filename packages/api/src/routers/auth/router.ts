// Signing in and out, the second factor, and accepting an invitation.

import { acceptInvitation } from '@concord/auth/invitation/accept-invitation';
import { parseInvitationToken } from '@concord/auth/invitation/invitation-token';
import { invalidateSession } from '@concord/auth/session/invalidate-session';
import { completeTwoFactor } from '@concord/auth/sign-in/complete-two-factor';
import { signIn } from '@concord/auth/sign-in/sign-in';
import { z } from 'zod';
import { publicProcedure, router, sessionProcedure } from '../../trpc.ts';
import { previewInvitation } from './preview-invitation.ts';

export const ZSignInInput = z.object({
  login: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

export const ZCompleteTwoFactorInput = z.union([
  z.object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/),
  }),
  z.object({ recoveryCode: z.string().trim().min(8).max(64) }),
]);

export const ZInvitationTokenInput = z.object({ token: z.string().min(10).max(300) });

export const ZAcceptInvitationInput = ZInvitationTokenInput.extend({
  password: z.string().max(1024).optional(),
  displayName: z.string().trim().min(1).max(60).optional(),
});

export const authRouter = router({
  signIn: publicProcedure.input(ZSignInInput).mutation(async ({ ctx, input }) => {
    const result = await signIn(ctx.db, {
      ...input,
      ...ctx.request,
      now: ctx.now(),
      config: ctx.authConfig,
    });
    return {
      token: result.token,
      expiresAt: result.session.expiresAt,
      needsTwoFactor: result.needsTwoFactor,
      locale: result.user.locale,
    };
  }),

  completeTwoFactor: sessionProcedure
    .input(ZCompleteTwoFactorInput)
    .mutation(async ({ ctx, input }) => {
      const result = await completeTwoFactor(ctx.db, {
        ...input,
        sessionId: ctx.auth.session.id,
        now: ctx.now(),
        config: ctx.authConfig,
      });
      return { token: result.token, expiresAt: result.session.expiresAt };
    }),

  signOut: sessionProcedure.mutation(async ({ ctx }) => {
    await invalidateSession(ctx.db, { sessionId: ctx.auth.session.id, ...ctx.request });
    return { signedOut: true };
  }),

  me: sessionProcedure.query(({ ctx }) => ({
    user: ctx.auth.user,
    twoFactorPending: ctx.auth.user.totpEnabled && !ctx.auth.session.twoFactorVerified,
  })),

  previewInvitation: publicProcedure.input(ZInvitationTokenInput).query(({ ctx, input }) => {
    const parsed = parseInvitationToken(input.token);
    return parsed ? previewInvitation(ctx.db, { token: parsed, now: ctx.now() }) : null;
  }),

  acceptInvitation: publicProcedure
    .input(ZAcceptInvitationInput)
    .mutation(async ({ ctx, input }) => {
      const accepted = await acceptInvitation(ctx.db, { ...input, now: ctx.now() });
      return {
        userCreated: accepted.userCreated,
        tenantId: accepted.tenantId,
        role: accepted.role,
      };
    }),
});
