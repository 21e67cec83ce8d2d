// Whether a person has a second factor, and whether any of their memberships requires one
// (a county administrator role, or a tenant that requires it of everyone).
import { roleRequiresTwoFactor } from '@concord/auth/permissions';
import type { Database } from '@concord/db/client';
import { membership, tenant } from '@concord/db/schema';
import { userScope, withScope } from '@concord/db/scope';
import { eq } from 'drizzle-orm';

export async function twoFactorStatus(
  db: Database,
  options: { userId: string; enabled: boolean },
): Promise<{ enabled: boolean; required: boolean }> {
  const held = await withScope(db, userScope(options.userId), (tx) =>
    tx
      .select({ role: membership.role, tenantRequires: tenant.requireTwoFactor })
      .from(membership)
      .innerJoin(tenant, eq(tenant.id, membership.tenantId))
      .where(eq(membership.userId, options.userId)),
  );
  const required = held.some((row) => row.tenantRequires || roleRequiresTwoFactor(row.role));
  return { enabled: options.enabled, required };
}
