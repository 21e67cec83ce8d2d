import { session, user } from '@concord/db/schema';
import { and, eq } from 'drizzle-orm';
import { recordSecurityEvent } from '../audit/record-security-event.ts';
import { AuthError } from '../auth-error.ts';
import type { Executor } from '../executor.ts';
import { invalidateAllSessions } from '../session/invalidate-all-sessions.ts';
import { replaceRecoveryCodes } from './recovery-codes.ts';
import { openTotpKey } from './totp-key-seal.ts';
import { matchTotpStep } from './totp-parameters.ts';

/**
 * Finishes enrolment with a code from the pending key: the key becomes active, fresh recovery
 * codes are returned (once), and every other session ends, because sessions opened with the
 * password alone must not outlive the switch to two factors. The caller's own session counts
 * as verified: it just proved the second factor.
 */
export async function confirmTotpEnrolment(
  db: Executor,
  options: {
    userId: string;
    code: string;
    now: Date;
    totpEncryptionKey: Uint8Array;
    currentSessionId?: string | null;
    ip?: string | null;
    userAgent?: string | null;
  },
): Promise<{ recoveryCodes: string[] }> {
  const { userId, now } = options;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ pending: user.totpPendingKey, enabledAt: user.totpEnabledAt })
      .from(user)
      .where(eq(user.id, userId))
      .for('update');
    if (!row) throw new AuthError('SESSION_INVALID');
    if (row.enabledAt) throw new AuthError('TOTP_ALREADY_ENABLED');
    if (!row.pending) throw new AuthError('TOTP_ENROLMENT_NOT_STARTED');
    const key = openTotpKey(options.totpEncryptionKey, userId, row.pending);
    const step = matchTotpStep(key, options.code, now);
    if (step === null) throw new AuthError('TOTP_INVALID');
    await tx
      .update(user)
      .set({ totpKey: row.pending, totpPendingKey: null, totpEnabledAt: now, totpLastStep: step })
      .where(eq(user.id, userId));
    const recoveryCodes = await replaceRecoveryCodes(tx, { userId, now });
    const ended = await invalidateAllSessions(tx, userId, {
      exceptSessionId: options.currentSessionId,
    });
    if (options.currentSessionId)
      await tx
        .update(session)
        .set({ twoFactorVerified: true })
        .where(and(eq(session.id, options.currentSessionId), eq(session.userId, userId)));
    await recordSecurityEvent(tx, {
      userId,
      kind: 'totp_enabled',
      ip: options.ip,
      userAgent: options.userAgent,
      detail: { sessionsEnded: ended },
    });
    return { recoveryCodes };
  });
}
