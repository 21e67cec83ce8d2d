// Tenant audit log. Call it inside the scoped transaction of the change it records, so the
// entry and the change commit together; the database trigger numbers and hash-chains it, and
// the database clock stamps it (a caller's `now` is not evidence).

import { newId } from '@concord/db/id';
import { auditLog } from '@concord/db/schema';
import type { Executor } from '../executor.ts';

/** `entity.verb`, e.g. 'invitation.accepted'; other packages add their own. */
export type AuditAction = `${string}.${string}`;

export async function writeAudit(
  tx: Executor,
  options: {
    countyId: string;
    tenantId: string;
    actorUserId: string | null;
    action: AuditAction;
    targetType: string;
    targetId: string;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await tx.insert(auditLog).values({
    countyId: options.countyId,
    tenantId: options.tenantId,
    id: newId(),
    actorUserId: options.actorUserId,
    action: options.action,
    targetType: options.targetType,
    targetId: options.targetId,
    detail: options.detail ?? {},
  });
}
