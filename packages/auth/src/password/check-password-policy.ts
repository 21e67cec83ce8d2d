import { dictionary } from '@zxcvbn-ts/language-common';
import { AuthError } from '../auth-error.ts';
import { normalizePassword } from './normalize-password.ts';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

let commonPasswords: Set<string> | undefined;

function isCommon(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/**
 * Length in code points (ASVS counts characters, and a Chinese passphrase is short in
 * characters but long in bytes), not in the common-password list, not the login itself. No
 * composition rules: ASVS and NIST advise against them. Throws the first violation.
 */
export function checkPasswordPolicy(
  password: string,
  options: { logins: readonly string[] },
): void {
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH) throw new AuthError('PASSWORD_TOO_SHORT');
  if (length > PASSWORD_MAX_LENGTH) throw new AuthError('PASSWORD_TOO_LONG');
  if (isCommon(normalized)) throw new AuthError('PASSWORD_TOO_COMMON');
  const lower = normalized.toLowerCase();
  if (options.logins.some((login) => login.trim().toLowerCase() === lower))
    throw new AuthError('PASSWORD_EQUALS_LOGIN');
}
