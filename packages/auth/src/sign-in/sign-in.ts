import { sql } from 'drizzle-orm';
import { recordSecurityEvent } from '../audit/record-security-event.ts';
import type { SessionConfig, ThrottleConfig } from '../auth-config.ts';
import { AuthError } from '../auth-error.ts';
import type { Executor } from '../executor.ts';
import { verifyPassword } from '../password/verify-password.ts';
import { verifyUnknownUserPassword } from '../password/verify-unknown-user-password.ts';
import { createSession } from '../session/create-session.ts';
import type { SessionInfo } from '../session/session-info.ts';
import { recordFailure } from '../throttle/record-failure.ts';
import { resetThrottle } from '../throttle/reset-throttle.ts';
import { accountThrottleKey, ipThrottleKey } from '../throttle/throttle-keys.ts';
import { throttledFor } from '../throttle/throttled-for.ts';
import { type AuthUser, toAuthUser } from '../user/auth-user.ts';
import { findUserByLogin } from '../user/find-user-by-login.ts';
import { normalizeLogin } from '../user/normalize-login.ts';

type Attempt =
  | { ok: true; user: AuthUser; token: string; session: SessionInfo }
  | { ok: false; error: AuthError };

/**
 * Signs in with a login (e-mail or mobile number) and password and opens a fresh session —
 * never reusing one, so a planted token cannot be fixed on the victim. For a user with TOTP the
 * session is not yet verified and `completeTwoFactor` must follow.
 *
 * An unknown login and a wrong password look the same (same error, same argon2 work, same
 * throttling under the attempted login). Failures grow delays per account and per address;
 * while a delay runs the password is not even checked. Attempts on one account are serialised
 * by an advisory lock, so a parallel burst cannot slip past the count.
 */
export async function signIn(
  db: Executor,
  options: {
    login: string;
    password: string;
    ip: string | null;
    userAgent: string | null;
    now: Date;
    config: { session: SessionConfig; throttle: ThrottleConfig };
  },
): Promise<{ user: AuthUser; needsTwoFactor: boolean; token: string; session: SessionInfo }> {
  const { password, ip, userAgent, now, config } = options;
  const login = normalizeLogin(options.login);
  const attempt = await db.transaction(async (tx): Promise<Attempt> => {
    const row = login ? await findUserByLogin(tx, { login }) : null;
    // Unknown logins are throttled under the attempted login (bounded, it becomes a row key).
    const accountKey = accountThrottleKey(
      row?.id ?? login?.value ?? options.login.trim().toLowerCase().slice(0, 254),
    );
    const ipKey = ip ? ipThrottleKey(ip) : null;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${accountKey}, 0))`);
    const wait = await throttledFor(tx, { keys: ipKey ? [accountKey, ipKey] : [accountKey], now });
    if (wait > 0) {
      await recordSecurityEvent(tx, {
        userId: row?.id ?? null,
        kind: 'sign_in_throttled',
        ip,
        userAgent,
      });
      return { ok: false, error: new AuthError('THROTTLED', { retryAfterSeconds: wait }) };
    }
    const valid = row
      ? await verifyPassword(row.passwordHash, password)
      : await verifyUnknownUserPassword(password);
    if (!row || !valid) {
      await recordFailure(tx, { key: accountKey, now, policy: config.throttle.account });
      if (ipKey) await recordFailure(tx, { key: ipKey, now, policy: config.throttle.ip });
      await recordSecurityEvent(tx, {
        userId: row?.id ?? null,
        kind: 'sign_in_failed',
        ip,
        userAgent,
      });
      return { ok: false, error: new AuthError('INVALID_CREDENTIALS') };
    }
    // Only the account counter resets: an attacker's own successful sign-in must not wipe the
    // failures counted against their address.
    await resetThrottle(tx, { key: accountKey });
    const user = toAuthUser(row);
    const { token, session } = await createSession(tx, {
      userId: user.id,
      twoFactorVerified: !user.totpEnabled,
      userAgent,
      ip,
      now,
      config: config.session,
    });
    await recordSecurityEvent(tx, {
      userId: user.id,
      kind: 'sign_in_succeeded',
      ip,
      userAgent,
      detail: { sessionId: session.id, needsTwoFactor: user.totpEnabled },
    });
    return { ok: true, user, token, session };
  });
  // Thrown after the transaction so the failure counts commit.
  if (!attempt.ok) throw attempt.error;
  return {
    user: attempt.user,
    needsTwoFactor: attempt.user.totpEnabled,
    token: attempt.token,
    session: attempt.session,
  };
}
