import { recoveryCode, user } from '@concord/db/schema';
import { and, eq, isNotNull } from 'drizzle-orm';
import { recordSecurityEvent } from '../audit/record-security-event.ts';
import type { ThrottlePolicy } from '../auth-config.ts';
import { AuthError } from '../auth-error.ts';
import type { Executor } from '../executor.ts';
import { confirmPassword } from '../password/confirm-password.ts';
import { invalidateAllSessions } from '../session/invalidate-all-sessions.ts';

/**
 * Turns two-factor sign-in off after re-authentication with the password: removes the key and
 * the recovery codes and ends every session but the caller's. Whether a role may do without
 * 2FA (see `roleRequiresTwoFactor`) is the caller's check.
 */
export async function disableTotp(
  db: Executor,
  options: {
    userId: string;
    password: string;
    now: Date;
    throttle: ThrottlePolicy;
    currentSessionId?: string | null;
    ip?: string | null;
    userAgent?: string | null;
  },
): Promise<void> {
  const { userId, now } = options;
  await confirmPassword(db, {
    userId,
    password: options.password,
    now,
    policy: options.throttle,
    ip: options.ip,
    userAgent: options.userAgent,
  });
  await db.transaction(async (tx) => {
    const disabled = await tx
      .update(user)
      .set({ totpKey: null, totpPendingKey: null, totpEnabledAt: null, totpLastStep: null })
      .where(and(eq(user.id, userId), isNotNull(user.totpEnabledAt)))
      .returning({ id: user.id });
    if (disabled.length === 0) throw new AuthError('TOTP_NOT_ENABLED');
    await tx.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
    const ended = await invalidateAllSessions(tx, userId, {
      exceptSessionId: options.currentSessionId,
    });
    await recordSecurityEvent(tx, {
      userId,
      kind: 'totp_disabled',
      ip: options.ip,
      userAgent: options.userAgent,
      detail: { sessionsEnded: ended },
    });
  });
}
