import { verify } from '@node-rs/argon2';
import { normalizePassword } from './normalize-password.ts';

/** Parameters come from the stored PHC string, so older hashes keep verifying. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    // A malformed stored hash is a failed verification, never a crash of the sign-in path.
    return false;
  }
}
