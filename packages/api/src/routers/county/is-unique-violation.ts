// Unique constraints are checked across tenants (RLS does not apply to them), so a clash with a
// row the caller cannot see surfaces only as the database's error; this recognises it through
// drizzle's wrapper.

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as { code?: unknown; constraint_name?: unknown; cause?: unknown };
    if (candidate.code === '23505' && candidate.constraint_name === constraint) return true;
    current = candidate.cause;
  }
  return false;
}
