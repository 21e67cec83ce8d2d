// Test fixtures shared by the integration tests: configuration, tenants, users, TOTP keys.
import type { Database } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { tenant } from '@concord/db/schema';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { createAuthConfig } from '../auth-config.ts';
import { beginTotpEnrolment } from '../totp/begin-totp-enrolment.ts';
import { confirmTotpEnrolment } from '../totp/confirm-totp-enrolment.ts';
import { totpStep } from '../totp/totp-parameters.ts';
import { createUser } from '../user/create-user.ts';
import { normalizeLogin } from '../user/normalize-login.ts';

export const config = createAuthConfig({
  totpEncryptionKey: crypto.getRandomValues(new Uint8Array(32)),
});

export const PASSWORD = 'correct horse battery staple';

let counter = 0;
/** A distinct e-mail address per call. */
export function uniqueEmail(): string {
  counter += 1;
  return `user${counter}-${newId().slice(-8)}@example.cn`;
}

export async function insertUser(
  db: Database,
  options: { login?: string; password?: string; now?: Date } = {},
): Promise<{ id: string; login: string; password: string }> {
  const loginText = options.login ?? uniqueEmail();
  const login = normalizeLogin(loginText);
  if (!login) throw new Error(`bad fixture login ${loginText}`);
  const password = options.password ?? PASSWORD;
  const { id } = await createUser(db, {
    login,
    displayName: '测试用户',
    password,
    now: options.now ?? new Date(),
  });
  return { id, login: loginText, password };
}

/** A county tenant, inserted as the owner (the app role sees no tenant without a scope). */
export async function insertCounty(owner: Database): Promise<{ id: string; countyId: string }> {
  const id = newId();
  await owner.insert(tenant).values({
    id,
    countyId: id,
    kind: 'county',
    slug: `county-${id.slice(-12)}`,
    name: '测试县',
  });
  return { id, countyId: id };
}

export function totpCode(key: Uint8Array, now: Date, stepOffset = 0): string {
  return generateHOTP(key, BigInt(totpStep(now) + stepOffset), 6);
}

/** Enrols TOTP for the user and returns the raw key (for making codes) and recovery codes. */
export async function enrolTotp(
  db: Database,
  options: { userId: string; now: Date },
): Promise<{ key: Uint8Array; recoveryCodes: string[] }> {
  const { manualKey } = await beginTotpEnrolment(db, {
    userId: options.userId,
    totpEncryptionKey: config.totpEncryptionKey,
  });
  const key = decodeBase32IgnorePadding(manualKey);
  const { recoveryCodes } = await confirmTotpEnrolment(db, {
    userId: options.userId,
    // A step before `now`, so a test can still use the current step's code.
    code: totpCode(key, options.now, -1),
    now: options.now,
    totpEncryptionKey: config.totpEncryptionKey,
  });
  return { key, recoveryCodes };
}
