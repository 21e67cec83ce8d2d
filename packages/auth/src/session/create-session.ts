import { session } from '@concord/db/schema';
import { defaultSessionConfig, type SessionConfig } from '../auth-config.ts';
import { hashSecret } from '../crypto/hash-secret.ts';
import type { Executor } from '../executor.ts';
import type { SessionInfo } from './session-info.ts';
import { generateSessionToken } from './session-token.ts';

/** A new session with a fresh token; the token is returned once and never stored. */
export async function createSession(
  db: Executor,
  options: {
    userId: string;
    twoFactorVerified: boolean;
    userAgent: string | null;
    ip: string | null;
    now: Date;
    config?: SessionConfig;
  },
): Promise<{ token: string; session: SessionInfo }> {
  const { userId, twoFactorVerified, userAgent, ip, now } = options;
  const config = options.config ?? defaultSessionConfig;
  const { id, secret, token } = generateSessionToken();
  const info: SessionInfo = {
    id,
    userId,
    createdAt: now,
    lastActiveAt: now,
    expiresAt: new Date(now.getTime() + config.absoluteLifetimeMs),
    twoFactorVerified,
    userAgent,
    ip,
  };
  await db.insert(session).values({ ...info, secretHash: hashSecret(secret) });
  return { token, session: info };
}
