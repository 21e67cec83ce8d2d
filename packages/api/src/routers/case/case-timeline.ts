// A case's timeline, oldest first, with the actors' names.
import type { Transaction } from '@concord/db/client';
import { caseEvent, user } from '@concord/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { loadCase } from './load-case.ts';

export async function caseTimeline(tx: Transaction, options: { countyId: string; caseId: string }) {
  const current = await loadCase(tx, options);
  return tx
    .select({
      seq: caseEvent.seq,
      at: caseEvent.at,
      kind: caseEvent.kind,
      fromStatus: caseEvent.fromStatus,
      toStatus: caseEvent.toStatus,
      reason: caseEvent.reason,
      detail: caseEvent.detail,
      actorUserId: caseEvent.actorUserId,
      actorName: user.displayName,
    })
    .from(caseEvent)
    .leftJoin(user, eq(user.id, caseEvent.actorUserId))
    .where(and(eq(caseEvent.countyId, current.countyId), eq(caseEvent.caseId, current.id)))
    .orderBy(asc(caseEvent.seq));
}
