import { user } from '@concord/db/schema';
import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { AuthError } from '../auth-error.ts';
import type { Executor } from '../executor.ts';
import { openTotpKey } from './totp-key-seal.ts';
import { matchTotpStep } from './totp-parameters.ts';

/**
 * Checks a TOTP code and consumes its time step: a code of the last accepted step or an earlier
 * one is refused (RFC 6238 §5.2). The step is claimed by a conditional UPDATE, so of two
 * concurrent uses of one code exactly one passes. Callers throttle attempts.
 */
export async function verifyTotp(
  db: Executor,
  options: { userId: string; code: string; now: Date; totpEncryptionKey: Uint8Array },
): Promise<void> {
  const { userId } = options;
  const [row] = await db
    .select({ key: user.totpKey, lastStep: user.totpLastStep })
    .from(user)
    .where(eq(user.id, userId));
  if (!row?.key) throw new AuthError('TOTP_NOT_ENABLED');
  const step = matchTotpStep(
    openTotpKey(options.totpEncryptionKey, userId, row.key),
    options.code,
    options.now,
  );
  if (step === null) throw new AuthError('TOTP_INVALID');
  const claimed = await db
    .update(user)
    .set({ totpLastStep: step })
    .where(
      and(
        eq(user.id, userId),
        isNotNull(user.totpKey),
        or(isNull(user.totpLastStep), lt(user.totpLastStep, step)),
      ),
    )
    .returning({ id: user.id });
  if (claimed.length === 0) throw new AuthError('TOTP_REPLAYED');
}
