import { session } from '@concord/db/schema';

/** A session as shown and passed around: never its secret hash. */
export interface SessionInfo {
  id: string;
  userId: string;
  createdAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
  twoFactorVerified: boolean;
  userAgent: string | null;
  ip: string | null;
}

export const sessionInfoColumns = {
  id: session.id,
  userId: session.userId,
  createdAt: session.createdAt,
  lastActiveAt: session.lastActiveAt,
  expiresAt: session.expiresAt,
  twoFactorVerified: session.twoFactorVerified,
  userAgent: session.userAgent,
  ip: session.ip,
};

/** Alive: before its absolute end and used within the inactivity timeout. */
export function sessionIsAlive(
  row: { lastActiveAt: Date; expiresAt: Date },
  now: Date,
  config: { inactivityTimeoutMs: number },
): boolean {
  return (
    now.getTime() < row.expiresAt.getTime() &&
    now.getTime() - row.lastActiveAt.getTime() < config.inactivityTimeoutMs
  );
}
