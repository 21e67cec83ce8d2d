import { session } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { recordSecurityEvent } from '../audit/record-security-event.ts';
import { AuthError } from '../auth-error.ts';
import type { Executor } from '../executor.ts';

/**
 * A user ends one of their own sessions (e.g. a lost phone) from the session list. The user id
 * is part of the condition, so nobody can end another user's session by its id.
 */
export async function revokeSession(
  db: Executor,
  options: { userId: string; sessionId: string; ip?: string | null; userAgent?: string | null },
): Promise<void> {
  const deleted = await db
    .delete(session)
    .where(and(eq(session.id, options.sessionId), eq(session.userId, options.userId)))
    .returning({ id: session.id });
  if (deleted.length === 0) throw new AuthError('SESSION_INVALID');
  await recordSecurityEvent(db, {
    userId: options.userId,
    kind: 'session_revoked',
    ip: options.ip,
    userAgent: options.userAgent,
    detail: { sessionId: options.sessionId },
  });
}
