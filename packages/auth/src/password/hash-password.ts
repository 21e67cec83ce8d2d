import { hash } from '@node-rs/argon2';
import { argon2Options } from './argon2-options.ts';
import { normalizePassword } from './normalize-password.ts';

/** An argon2id PHC string (salt and parameters included). */
export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), argon2Options);
}
