import { user } from '@concord/db/schema';
import { eq } from 'drizzle-orm';
import { recordSecurityEvent } from '../audit/record-security-event.ts';
import type { ThrottlePolicy } from '../auth-config.ts';
import type { Executor } from '../executor.ts';
import { invalidateAllSessions } from '../session/invalidate-all-sessions.ts';
import { loginsOf } from '../user/auth-user.ts';
import { checkPasswordPolicy } from './check-password-policy.ts';
import { confirmPassword } from './confirm-password.ts';
import { hashPassword } from './hash-password.ts';

/**
 * Changes the password after re-authentication and ends every session but the caller's: a
 * session an attacker opened with the old password must not survive the change.
 */
export async function changePassword(
  db: Executor,
  options: {
    userId: string;
    currentPassword: string;
    newPassword: string;
    now: Date;
    throttle: ThrottlePolicy;
    currentSessionId?: string | null;
    ip?: string | null;
    userAgent?: string | null;
  },
): Promise<void> {
  const { userId, now } = options;
  const logins = await confirmPassword(db, {
    userId,
    password: options.currentPassword,
    now,
    policy: options.throttle,
    ip: options.ip,
    userAgent: options.userAgent,
  });
  checkPasswordPolicy(options.newPassword, { logins: loginsOf(logins) });
  const passwordHash = await hashPassword(options.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(user).set({ passwordHash, passwordChangedAt: now }).where(eq(user.id, userId));
    const ended = await invalidateAllSessions(tx, userId, {
      exceptSessionId: options.currentSessionId,
    });
    await recordSecurityEvent(tx, {
      userId,
      kind: 'password_changed',
      ip: options.ip,
      userAgent: options.userAgent,
      detail: { sessionsEnded: ended },
    });
  });
}
