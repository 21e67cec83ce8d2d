// The signed-in person's own account: sessions, second factor, password, language.
import { changePassword } from '@concord/auth/password/change-password';
import { listSessions } from '@concord/auth/session/list-sessions';
import { revokeSession } from '@concord/auth/session/revoke-session';
import { signOutEverywhere } from '@concord/auth/session/sign-out-everywhere';
import { beginTotpEnrolment } from '@concord/auth/totp/begin-totp-enrolment';
import { confirmTotpEnrolment } from '@concord/auth/totp/confirm-totp-enrolment';
import { disableTotp } from '@concord/auth/totp/disable-totp';
import { locales, user } from '@concord/db/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { apiError } from '../../errors.ts';
import { authedProcedure, router } from '../../trpc.ts';
import { twoFactorStatus } from './two-factor-status.ts';

export const ZRevokeSessionInput = z.object({ sessionId: z.string().min(1).max(64) });
export const ZConfirmTotpInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
export const ZPasswordInput = z.object({ password: z.string().min(1).max(1024) });
export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});
export const ZSetLocaleInput = z.object({ locale: z.enum(locales) });

export const accountRouter = router({
  listSessions: authedProcedure.query(async ({ ctx }) => {
    const sessions = await listSessions(ctx.db, ctx.auth.user.id, {
      now: ctx.now(),
      config: ctx.authConfig.session,
    });
    return sessions.map((entry) => ({ ...entry, current: entry.id === ctx.auth.session.id }));
  }),

  revokeSession: authedProcedure.input(ZRevokeSessionInput).mutation(async ({ ctx, input }) => {
    await revokeSession(ctx.db, {
      userId: ctx.auth.user.id,
      sessionId: input.sessionId,
      ...ctx.request,
    });
    return { revoked: true };
  }),

  signOutElsewhere: authedProcedure.mutation(async ({ ctx }) => {
    const count = await signOutEverywhere(ctx.db, {
      userId: ctx.auth.user.id,
      currentSessionId: ctx.auth.session.id,
      ...ctx.request,
    });
    return { revoked: count };
  }),

  beginTotpEnrolment: authedProcedure.mutation(({ ctx }) =>
    beginTotpEnrolment(ctx.db, {
      userId: ctx.auth.user.id,
      totpEncryptionKey: ctx.authConfig.totpEncryptionKey,
    }),
  ),

  confirmTotpEnrolment: authedProcedure.input(ZConfirmTotpInput).mutation(({ ctx, input }) =>
    confirmTotpEnrolment(ctx.db, {
      userId: ctx.auth.user.id,
      code: input.code,
      now: ctx.now(),
      totpEncryptionKey: ctx.authConfig.totpEncryptionKey,
      currentSessionId: ctx.auth.session.id,
      ...ctx.request,
    }),
  ),

  twoFactorStatus: authedProcedure.query(({ ctx }) =>
    twoFactorStatus(ctx.db, { userId: ctx.auth.user.id, enabled: ctx.auth.user.totpEnabled }),
  ),

  disableTotp: authedProcedure.input(ZPasswordInput).mutation(async ({ ctx, input }) => {
    const status = await twoFactorStatus(ctx.db, {
      userId: ctx.auth.user.id,
      enabled: ctx.auth.user.totpEnabled,
    });
    if (status.required) throw apiError('FORBIDDEN', { reason: 'TWO_FACTOR_REQUIRED_BY_ROLE' });
    await disableTotp(ctx.db, {
      userId: ctx.auth.user.id,
      password: input.password,
      now: ctx.now(),
      throttle: ctx.authConfig.throttle.account,
      currentSessionId: ctx.auth.session.id,
      ...ctx.request,
    });
    return { disabled: true };
  }),

  changePassword: authedProcedure.input(ZChangePasswordInput).mutation(async ({ ctx, input }) => {
    await changePassword(ctx.db, {
      ...input,
      userId: ctx.auth.user.id,
      now: ctx.now(),
      throttle: ctx.authConfig.throttle.account,
      currentSessionId: ctx.auth.session.id,
      ...ctx.request,
    });
    return { changed: true };
  }),

  setLocale: authedProcedure.input(ZSetLocaleInput).mutation(async ({ ctx, input }) => {
    await ctx.db.update(user).set({ locale: input.locale }).where(eq(user.id, ctx.auth.user.id));
    return { locale: input.locale };
  }),
});
