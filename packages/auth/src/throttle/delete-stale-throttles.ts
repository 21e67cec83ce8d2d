import { signInThrottle } from '@concord/db/schema';
import { and, isNull, lt, or } from 'drizzle-orm';
import type { ThrottleConfig } from '../auth-config.ts';
import type { Executor } from '../executor.ts';

/**
 * Prunes throttle rows whose failures are forgotten anyway (a periodic job): every attempted
 * login leaves a row, so without pruning a stream of made-up logins would grow the table.
 */
export async function deleteStaleThrottles(
  db: Executor,
  options: { now: Date; config: ThrottleConfig },
): Promise<number> {
  const window = Math.max(
    options.config.account.failureWindowMs,
    options.config.ip.failureWindowMs,
  );
  const forgottenBefore = new Date(options.now.getTime() - window);
  const deleted = await db
    .delete(signInThrottle)
    .where(
      and(
        lt(signInThrottle.updatedAt, forgottenBefore),
        or(isNull(signInThrottle.blockedUntil), lt(signInThrottle.blockedUntil, options.now)),
      ),
    )
    .returning({ key: signInThrottle.key });
  return deleted.length;
}
