import { session } from '@concord/db/schema';
import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../executor.ts';

/**
 * Ends every session of the user, except the caller's own when named. The primitive behind
 * password and 2FA changes; those record their own security event. Returns how many ended.
 */
export async function invalidateAllSessions(
  db: Executor,
  userId: string,
  options: { exceptSessionId?: string | null } = {},
): Promise<number> {
  const deleted = await db
    .delete(session)
    .where(
      and(
        eq(session.userId, userId),
        options.exceptSessionId ? ne(session.id, options.exceptSessionId) : undefined,
      ),
    )
    .returning({ id: session.id });
  return deleted.length;
}
