import { user } from '@concord/db/schema';
import { encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI } from '@oslojs/otp';
import { eq } from 'drizzle-orm';
import { renderSVG } from 'uqr';
import { AuthError } from '../auth-error.ts';
import type { Executor } from '../executor.ts';
import { loginsOf } from '../user/auth-user.ts';
import { sealTotpKey } from './totp-key-seal.ts';
import {
  TOTP_DIGITS,
  TOTP_ISSUER,
  TOTP_KEY_BYTES,
  TOTP_PERIOD_SECONDS,
} from './totp-parameters.ts';

/**
 * Starts enrolment: a fresh key waits in `totp_pending_key` until a code from it is confirmed.
 * Returns what the authenticator app needs: the key URI, its QR code, and the key for typing.
 */
export async function beginTotpEnrolment(
  db: Executor,
  options: { userId: string; totpEncryptionKey: Uint8Array },
): Promise<{ keyUri: string; qrCodeSvg: string; manualKey: string }> {
  const [row] = await db
    .select({ email: user.email, phone: user.phone, totpEnabledAt: user.totpEnabledAt })
    .from(user)
    .where(eq(user.id, options.userId));
  if (!row) throw new AuthError('SESSION_INVALID');
  if (row.totpEnabledAt) throw new AuthError('TOTP_ALREADY_ENABLED');
  const key = crypto.getRandomValues(new Uint8Array(TOTP_KEY_BYTES));
  await db
    .update(user)
    .set({ totpPendingKey: sealTotpKey(options.totpEncryptionKey, options.userId, key) })
    .where(eq(user.id, options.userId));
  const accountName = loginsOf(row)[0] ?? options.userId;
  const keyUri = createTOTPKeyURI(TOTP_ISSUER, accountName, key, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
  return { keyUri, qrCodeSvg: renderSVG(keyUri), manualKey: encodeBase32UpperCaseNoPadding(key) };
}
