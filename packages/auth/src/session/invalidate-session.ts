import { session } from '@concord/db/schema';
import { eq } from 'drizzle-orm';
import { recordSecurityEvent } from '../audit/record-security-event.ts';
import type { Executor } from '../executor.ts';

/** Sign-out: deletes the session (a no-op for an unknown id). */
export async function invalidateSession(
  db: Executor,
  options: { sessionId: string; ip?: string | null; userAgent?: string | null },
): Promise<void> {
  const [deleted] = await db
    .delete(session)
    .where(eq(session.id, options.sessionId))
    .returning({ userId: session.userId });
  if (deleted)
    await recordSecurityEvent(db, {
      userId: deleted.userId,
      kind: 'signed_out',
      ip: options.ip,
      userAgent: options.userAgent,
    });
}
