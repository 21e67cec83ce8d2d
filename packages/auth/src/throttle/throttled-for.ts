import { signInThrottle } from '@concord/db/schema';
import { and, gt, inArray } from 'drizzle-orm';
import type { Executor } from '../executor.ts';

/** Seconds until none of the keys is blocked any more; 0 when free. */
export async function throttledFor(
  db: Executor,
  options: { keys: readonly string[]; now: Date },
): Promise<number> {
  const rows = await db
    .select({ blockedUntil: signInThrottle.blockedUntil })
    .from(signInThrottle)
    .where(
      and(
        inArray(signInThrottle.key, [...options.keys]),
        gt(signInThrottle.blockedUntil, options.now),
      ),
    );
  const until = Math.max(0, ...rows.map((row) => row.blockedUntil?.getTime() ?? 0));
  return Math.max(0, Math.ceil((until - options.now.getTime()) / 1000));
}
