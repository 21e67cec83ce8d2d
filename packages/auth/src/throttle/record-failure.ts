import { signInThrottle } from '@concord/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import type { ThrottlePolicy } from '../auth-config.ts';
import type { Executor } from '../executor.ts';
import { throttleDelayMs } from './throttle-delay.ts';

/**
 * Counts one failure for the key and blocks it for the resulting delay. The increment happens
 * in one upsert, so concurrent failures all count; failures older than the policy's window
 * start the count afresh.
 */
export async function recordFailure(
  db: Executor,
  options: { key: string; now: Date; policy: ThrottlePolicy },
): Promise<void> {
  const { key, now, policy } = options;
  const windowStart = new Date(now.getTime() - policy.failureWindowMs);
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`case when ${signInThrottle.updatedAt} < ${windowStart.toISOString()}::timestamptz then 1 else ${signInThrottle.failures} + 1 end`,
        updatedAt: now,
      },
    })
    .returning({ failures: signInThrottle.failures });
  const failures = row?.failures ?? 1;
  const delay = throttleDelayMs(failures, policy);
  // Guarded by the count: when a concurrent failure has counted past ours, its delay wins.
  await db
    .update(signInThrottle)
    .set({ blockedUntil: delay > 0 ? new Date(now.getTime() + delay) : null })
    .where(and(eq(signInThrottle.key, key), eq(signInThrottle.failures, failures)));
}
