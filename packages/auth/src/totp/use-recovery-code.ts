import { recoveryCode } from '@concord/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { recordSecurityEvent } from '../audit/record-security-event.ts';
import { AuthError } from '../auth-error.ts';
import { hashSecret } from '../crypto/hash-secret.ts';
import type { Executor } from '../executor.ts';
import { normalizeRecoveryCode } from './recovery-codes.ts';

/**
 * Spends one recovery code. Marking it used is the check itself (a conditional UPDATE), so a
 * code works once even when submitted twice at the same moment. Callers throttle attempts.
 */
export async function useRecoveryCode(
  db: Executor,
  options: {
    userId: string;
    code: string;
    now: Date;
    ip?: string | null;
    userAgent?: string | null;
  },
): Promise<{ remaining: number }> {
  const { userId } = options;
  const used = await db
    .update(recoveryCode)
    .set({ usedAt: options.now })
    .where(
      and(
        eq(recoveryCode.userId, userId),
        eq(recoveryCode.codeHash, hashSecret(normalizeRecoveryCode(options.code))),
        isNull(recoveryCode.usedAt),
      ),
    )
    .returning({ id: recoveryCode.id });
  if (used.length === 0) throw new AuthError('RECOVERY_CODE_INVALID');
  const remaining = await db.$count(
    recoveryCode,
    and(eq(recoveryCode.userId, userId), isNull(recoveryCode.usedAt)),
  );
  await recordSecurityEvent(db, {
    userId,
    kind: 'recovery_code_used',
    ip: options.ip,
    userAgent: options.userAgent,
    detail: { remaining },
  });
  return { remaining };
}
