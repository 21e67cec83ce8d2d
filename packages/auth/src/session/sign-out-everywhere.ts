import { recordSecurityEvent } from '../audit/record-security-event.ts';
import type { Executor } from '../executor.ts';
import { invalidateAllSessions } from './invalidate-all-sessions.ts';

/** "Sign out of all other devices": ends every other session of the user. */
export async function signOutEverywhere(
  db: Executor,
  options: {
    userId: string;
    currentSessionId: string | null;
    ip?: string | null;
    userAgent?: string | null;
  },
): Promise<number> {
  return db.transaction(async (tx) => {
    const count = await invalidateAllSessions(tx, options.userId, {
      exceptSessionId: options.currentSessionId,
    });
    await recordSecurityEvent(tx, {
      userId: options.userId,
      kind: 'sessions_revoked_all',
      ip: options.ip,
      userAgent: options.userAgent,
      detail: { count },
    });
    return count;
  });
}
