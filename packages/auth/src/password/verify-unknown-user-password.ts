import { hashPassword } from './hash-password.ts';
import { verifyPassword } from './verify-password.ts';

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same argon2 work as a real verification when no account matches the login, so
 * response time does not reveal whether an account exists. Always false.
 */
export async function verifyUnknownUserPassword(password: string): Promise<false> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  await verifyPassword(await dummyHash, password);
  return false;
}
