// Recovery codes: 80 random bits each (16 base32 characters), shown once in groups of four and
// stored as SHA-256 only. The entropy is what makes a fast hash safe here.

import { newId } from '@concord/db/id';
import { recoveryCode } from '@concord/db/schema';
import { eq } from 'drizzle-orm';
import { hashSecret } from '../crypto/hash-secret.ts';
import { randomSecret } from '../crypto/random-secret.ts';
import type { Executor } from '../executor.ts';

export const RECOVERY_CODE_COUNT = 10;

/** Accepts what people type: any case, with or without the dashes and spaces. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/** Replaces the user's recovery codes with fresh ones and returns them for one-time display. */
export async function replaceRecoveryCodes(
  db: Executor,
  options: { userId: string; now: Date },
): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => randomSecret(10));
  await db.delete(recoveryCode).where(eq(recoveryCode.userId, options.userId));
  await db.insert(recoveryCode).values(
    codes.map((code) => ({
      id: newId(options.now.getTime()),
      userId: options.userId,
      codeHash: hashSecret(code),
      createdAt: options.now,
    })),
  );
  return codes.map((code) => code.match(/.{4}/g)!.join('-'));
}
