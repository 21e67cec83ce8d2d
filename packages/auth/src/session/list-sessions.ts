import { session } from '@concord/db/schema';
import { desc, eq } from 'drizzle-orm';
import { defaultSessionConfig, type SessionConfig } from '../auth-config.ts';
import type { Executor } from '../executor.ts';
import { type SessionInfo, sessionInfoColumns, sessionIsAlive } from './session-info.ts';

/** The user's live sessions, most recently active first, for "where am I signed in". */
export async function listSessions(
  db: Executor,
  userId: string,
  options: { now: Date; config?: SessionConfig },
): Promise<SessionInfo[]> {
  const config = options.config ?? defaultSessionConfig;
  const rows = await db
    .select(sessionInfoColumns)
    .from(session)
    .where(eq(session.userId, userId))
    .orderBy(desc(session.lastActiveAt));
  return rows.filter((row) => sessionIsAlive(row, options.now, config));
}
