// Who may be made responsible for a case or sit as its mediator: members of the case's town or
// of its county whose roles work cases (those that may update them). Read under row-level
// security, so a town can pick only among the people it can see.
import { permissionsFor } from '@concord/auth/permissions';
import type { Transaction } from '@concord/db/client';
import { membership } from '@concord/db/schema';
import { and, eq, inArray } from 'drizzle-orm';

export async function findCaseHandlers(
  tx: Transaction,
  options: { countyId: string; tenantId: string; userIds: readonly string[] },
): Promise<Set<string>> {
  if (options.userIds.length === 0) return new Set();
  const rows = await tx
    .select({ userId: membership.userId, role: membership.role })
    .from(membership)
    .where(
      and(
        eq(membership.countyId, options.countyId),
        inArray(membership.tenantId, [...new Set([options.tenantId, options.countyId])]),
        inArray(membership.userId, [...options.userIds]),
      ),
    );
  return new Set(
    rows.filter((row) => permissionsFor([row.role]).has('case:update')).map((row) => row.userId),
  );
}
