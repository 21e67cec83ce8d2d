import { session } from '@concord/db/schema';
import { lt, or } from 'drizzle-orm';
import { defaultSessionConfig, type SessionConfig } from '../auth-config.ts';
import type { Executor } from '../executor.ts';

/** Prunes dead sessions that nobody presented again (a periodic job). Returns how many. */
export async function deleteExpiredSessions(
  db: Executor,
  options: { now: Date; config?: SessionConfig },
): Promise<number> {
  const config = options.config ?? defaultSessionConfig;
  const idleSince = new Date(options.now.getTime() - config.inactivityTimeoutMs);
  const deleted = await db
    .delete(session)
    .where(or(lt(session.expiresAt, options.now), lt(session.lastActiveAt, idleSince)))
    .returning({ id: session.id });
  return deleted.length;
}
