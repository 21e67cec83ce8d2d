import { user } from '@concord/db/schema';
import { eq } from 'drizzle-orm';
import { recordSecurityEvent } from '../audit/record-security-event.ts';
import type { ThrottlePolicy } from '../auth-config.ts';
import { AuthError } from '../auth-error.ts';
import type { Executor } from '../executor.ts';
import { recordFailure } from '../throttle/record-failure.ts';
import { resetThrottle } from '../throttle/reset-throttle.ts';
import { accountThrottleKey } from '../throttle/throttle-keys.ts';
import { throttledFor } from '../throttle/throttled-for.ts';
import { verifyPassword } from './verify-password.ts';

/**
 * Re-authentication before a sensitive change (password, second factor): the signed-in user
 * types the current password again. Throttled like sign-in, on the same account key, so a
 * hijacked session cannot be used to guess the password faster. Returns the user's logins.
 */
export async function confirmPassword(
  db: Executor,
  options: {
    userId: string;
    password: string;
    now: Date;
    policy: ThrottlePolicy;
    ip?: string | null;
    userAgent?: string | null;
  },
): Promise<{ email: string | null; phone: string | null }> {
  const key = accountThrottleKey(options.userId);
  const wait = await throttledFor(db, { keys: [key], now: options.now });
  if (wait > 0) throw new AuthError('THROTTLED', { retryAfterSeconds: wait });
  const [row] = await db
    .select({ email: user.email, phone: user.phone, passwordHash: user.passwordHash })
    .from(user)
    .where(eq(user.id, options.userId));
  if (!row || !(await verifyPassword(row.passwordHash, options.password))) {
    await recordFailure(db, { key, now: options.now, policy: options.policy });
    await recordSecurityEvent(db, {
      userId: options.userId,
      kind: 'password_confirmation_failed',
      ip: options.ip,
      userAgent: options.userAgent,
    });
    throw new AuthError('INVALID_CREDENTIALS');
  }
  await resetThrottle(db, { key });
  return { email: row.email, phone: row.phone };
}
