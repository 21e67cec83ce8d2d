/**
 * NFKC, as NIST SP 800-63B advises, so the same password typed through different input methods
 * (full-width and half-width forms are common with Chinese IMEs) hashes the same.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}
