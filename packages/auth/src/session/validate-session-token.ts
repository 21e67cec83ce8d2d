import { session, user } from '@concord/db/schema';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { eq } from 'drizzle-orm';
import { defaultSessionConfig, type SessionConfig } from '../auth-config.ts';
import { hashSecret } from '../crypto/hash-secret.ts';
import type { Executor } from '../executor.ts';
import { type AuthUser, authUserColumns, toAuthUser } from '../user/auth-user.ts';
import { type SessionInfo, sessionInfoColumns, sessionIsAlive } from './session-info.ts';
import { parseSessionToken } from './session-token.ts';

/** Activity is written at most once a minute, not on every request. */
const ACTIVITY_RESOLUTION_MS = 60_000;

/**
 * The session and its user, or null when the token is malformed, unknown, wrong, expired or
 * idle too long (a dead session is deleted). The caller must still require
 * `session.twoFactorVerified` when `user.totpEnabled`.
 */
export async function validateSessionToken(
  db: Executor,
  token: string,
  options: { now: Date; config?: SessionConfig },
): Promise<{ session: SessionInfo; user: AuthUser } | null> {
  const { now } = options;
  const config = options.config ?? defaultSessionConfig;
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  const [row] = await db
    .select({ session: sessionInfoColumns, secretHash: session.secretHash, user: authUserColumns })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .where(eq(session.id, parsed.id));
  if (!row) return null;
  if (!constantTimeEqual(hashSecret(parsed.secret), row.secretHash)) return null;
  if (!sessionIsAlive(row.session, now, config)) {
    await db.delete(session).where(eq(session.id, row.session.id));
    return null;
  }
  let info = row.session;
  if (now.getTime() - info.lastActiveAt.getTime() >= ACTIVITY_RESOLUTION_MS) {
    await db.update(session).set({ lastActiveAt: now }).where(eq(session.id, info.id));
    info = { ...info, lastActiveAt: now };
  }
  return { session: info, user: toAuthUser(row.user) };
}
