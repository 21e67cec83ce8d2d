import { session } from '@concord/db/schema';
import { eq } from 'drizzle-orm';
import { recordSecurityEvent } from '../audit/record-security-event.ts';
import type { SessionConfig, ThrottleConfig } from '../auth-config.ts';
import { AuthError } from '../auth-error.ts';
import type { Executor } from '../executor.ts';
import { createSession } from '../session/create-session.ts';
import { type SessionInfo, sessionInfoColumns, sessionIsAlive } from '../session/session-info.ts';
import { recordFailure } from '../throttle/record-failure.ts';
import { resetThrottle } from '../throttle/reset-throttle.ts';
import { twoFactorThrottleKey } from '../throttle/throttle-keys.ts';
import { throttledFor } from '../throttle/throttled-for.ts';
import { useRecoveryCode } from '../totp/use-recovery-code.ts';
import { verifyTotp } from '../totp/verify-totp.ts';

const secondFactorFailures = new Set(['TOTP_INVALID', 'TOTP_REPLAYED', 'RECOVERY_CODE_INVALID']);

/**
 * The second step of sign-in: a TOTP code or a recovery code for the session `signIn` opened.
 * On success that session is replaced by a new, verified one (a new token whenever the
 * privilege level rises); the caller sets the new cookie. Attempts are throttled per user, so
 * the million six-digit codes cannot be walked through. `sessionId` must come from a token the
 * caller has just validated (`validateSessionToken`), never from request input.
 */
export async function completeTwoFactor(
  db: Executor,
  options: {
    sessionId: string;
    now: Date;
    config: { session: SessionConfig; throttle: ThrottleConfig; totpEncryptionKey: Uint8Array };
  } & ({ code: string } | { recoveryCode: string }),
): Promise<{ token: string; session: SessionInfo }> {
  const { now, config } = options;
  const [current] = await db
    .select(sessionInfoColumns)
    .from(session)
    .where(eq(session.id, options.sessionId));
  if (!current || !sessionIsAlive(current, now, config.session))
    throw new AuthError('SESSION_INVALID');
  const { userId, ip, userAgent } = current;
  const key = twoFactorThrottleKey(userId);
  const wait = await throttledFor(db, { keys: [key], now });
  if (wait > 0) throw new AuthError('THROTTLED', { retryAfterSeconds: wait });
  const method = 'code' in options ? 'totp' : 'recovery_code';
  try {
    if ('code' in options)
      await verifyTotp(db, {
        userId,
        code: options.code,
        now,
        totpEncryptionKey: config.totpEncryptionKey,
      });
    else await useRecoveryCode(db, { userId, code: options.recoveryCode, now, ip, userAgent });
  } catch (error) {
    if (error instanceof AuthError && secondFactorFailures.has(error.code)) {
      await recordFailure(db, { key, now, policy: config.throttle.account });
      await recordSecurityEvent(db, {
        userId,
        kind: 'two_factor_failed',
        ip,
        userAgent,
        detail: { method, reason: error.code },
      });
    }
    throw error;
  }
  await resetThrottle(db, { key });
  return db.transaction(async (tx) => {
    const ended = await tx
      .delete(session)
      .where(eq(session.id, current.id))
      .returning({ id: session.id });
    // A concurrent completion (or sign-out) got there first; one verified session is enough.
    if (ended.length === 0) throw new AuthError('SESSION_INVALID');
    const fresh = await createSession(tx, {
      userId,
      twoFactorVerified: true,
      userAgent,
      ip,
      now,
      config: config.session,
    });
    await recordSecurityEvent(tx, {
      userId,
      kind: 'two_factor_succeeded',
      ip,
      userAgent,
      detail: { method, sessionId: fresh.session.id },
    });
    return fresh;
  });
}
